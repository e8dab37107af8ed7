import{$ as e,A as t,C as n,Dt as r,F as i,I as a,L as o,M as s,N as c,Ot as l,R as u,h as d}from"./index-BSceopo3.js";import{t as f}from"./Badge-DzHA576C.js";import{t as p}from"./Checkbox-lQKkVx3C.js";import{t as m}from"./FileInput-4Yq0WDuD.js";import{t as h}from"./Group-BaHOx1Tz.js";import{t as g}from"./NumberInput-BXs5prKD.js";import{t as _}from"./Paper-C2RqEGah.js";import{t as v}from"./Select-DkL0C1y6.js";import{t as y}from"./Table-nuSOrod0.js";import{t as b}from"./Textarea-D6ZWnqZ9.js";import{t as x}from"./TextInput-Bl0f7brW.js";import{a as S,n as C,o as w,s as T,t as E}from"./time-DCC4qMpP.js";var D=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`date`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},o=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`SubmitSeriesPayload`,kind:`LinkedField`,name:`submitSeries`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`replayed`,storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[t],storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`bookings`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},n],storageKey:null},{alias:null,args:null,concreteType:`SeriesOccurrence`,kind:`LinkedField`,name:`skipped`,plural:!0,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`SeriesOccurrence`,kind:`LinkedField`,name:`conflicts`,plural:!0,selections:[r,n,{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`holiday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`workingDay`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`outcome`,storageKey:null},a,i],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[a,i,{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`SeriesPageSubmitMutation`,selections:o,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`SeriesPageSubmitMutation`,selections:o},params:{cacheID:`fa466ab0666fd87ad2abbd7017a83d18`,id:`496503ff1074194b6956ad8e9188597b4376dcdf27571a35d241b5a85a09cd5b`,metadata:{},name:`SeriesPageSubmitMutation`,operationKind:`mutation`,text:`mutation SeriesPageSubmitMutation(
  $input: SubmitSeriesInput!
) {
  submitSeries(input: $input) {
    replayed
    series {
      id
    }
    bookings {
      id
      reference
      startsAt
    }
    skipped {
      date
      message
    }
    conflicts {
      date
      startsAt
      endsAt
      holiday
      workingDay
      outcome
      code
      message
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();D.hash=`c13c9066ce08bcd3e646c23a828005c9`;var O=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`RoomConnection`,kind:`LinkedField`,name:`rooms`,plural:!1,selections:[{alias:null,args:null,concreteType:`RoomEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`rooms(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`SeriesPageQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`SeriesPageQuery`,selections:e},params:{cacheID:`d1749fb506636f62df80e7782e14e694`,id:`14a7fa4c43764e8feb8bde235a57dd62d090de575a8166a9d31d6a75e368a7f5`,metadata:{},name:`SeriesPageQuery`,operationKind:`query`,text:`query SeriesPageQuery {
  rooms(first: 100) {
    edges {
      node {
        id
        code
        name
        capacity
      }
    }
  }
}
`}}})();O.hash=`11e4128961dc97dabccbd484ffc9ed55`;var k=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`SeriesOccurrence`,kind:`LinkedField`,name:`previewSeries`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`date`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`holiday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`workingDay`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`outcome`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`SeriesPagePreviewQuery`,selections:t,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`SeriesPagePreviewQuery`,selections:t},params:{cacheID:`e5ac7035002219c089dff397749b6e51`,id:`5f22fb77b94c3748318479970ae7f6043df5774308320b1d59180f52c8514c7d`,metadata:{},name:`SeriesPagePreviewQuery`,operationKind:`query`,text:`query SeriesPagePreviewQuery(
  $input: PreviewSeriesInput!
) {
  previewSeries(input: $input) {
    date
    startsAt
    endsAt
    holiday
    workingDay
    outcome
    code
    message
  }
}
`}}})();k.hash=`b664d6fde526da4bf537e8fe5aff2cfc`;var A=l(r(),1),j=t(),M=e(),N=[`MONDAY`,`TUESDAY`,`WEDNESDAY`,`THURSDAY`,`FRIDAY`,`SATURDAY`,`SUNDAY`],P=k;function F({rows:e}){let{t,i18n:n}=d(`series`),r=n.language===`en`?`en`:`id`;return(0,M.jsxs)(y,{striped:!0,"aria-label":t(`previewTable`),children:[(0,M.jsx)(y.Thead,{children:(0,M.jsxs)(y.Tr,{children:[(0,M.jsx)(y.Th,{children:t(`date`)}),(0,M.jsx)(y.Th,{children:t(`time`)}),(0,M.jsx)(y.Th,{children:t(`calendar`)}),(0,M.jsx)(y.Th,{children:t(`outcome`)})]})}),(0,M.jsx)(y.Tbody,{children:e.map(e=>(0,M.jsxs)(y.Tr,{children:[(0,M.jsx)(y.Td,{children:C(e.startsAt,r)}),(0,M.jsxs)(y.Td,{children:[S(e.startsAt,r),`–`,S(e.endsAt,r)]}),(0,M.jsxs)(y.Td,{children:[e.holiday&&(0,M.jsx)(f,{color:`grape.9`,variant:`filled`,children:t(`holiday`)}),!e.holiday&&!e.workingDay&&(0,M.jsx)(f,{color:`gray.8`,variant:`filled`,children:t(`weekend`)})]}),(0,M.jsxs)(y.Td,{children:[e.outcome===`BOOKABLE`&&t(`bookable`),e.outcome===`HOLIDAY_SKIPPED`&&t(`skipped`),e.outcome===`CONFLICT`&&(0,M.jsxs)(o,{c:`red.9`,size:`sm`,fw:600,children:[t(`conflict`),`: `,e.message]})]})]},e.date))})]})}function I(){let{t:e}=d(`series`),t=(0,j.useRelayEnvironment)(),r=(0,j.useLazyLoadQuery)(O,{}),l=E(w(),7),[f,y]=(0,A.useState)({roomId:r.rooms.edges[0]?.node.id??``,date:l,start:`09:00`,end:`10:00`,title:``,purpose:``,participants:10,frequency:`WEEKLY`,interval:1,weekdays:[],until:E(l,28),skipHolidays:!1,onConflict:`ABORT`}),[S,C]=(0,A.useState)(null),[k,I]=(0,A.useState)(()=>crypto.randomUUID()),[L,R]=(0,A.useState)(null),[z,B]=(0,A.useState)({}),[V,H]=(0,A.useState)(null),[U,W]=(0,A.useState)(!1),[G,K]=(0,j.useMutation)(D),q=e=>{y(t=>({...t,...e})),R(null)},J=()=>({roomId:f.roomId,startsAt:T(f.date,f.start),endsAt:T(f.date,f.end),title:f.title,purpose:f.purpose,participants:Number(f.participants)||0,recurrence:{frequency:f.frequency,interval:Number(f.interval)||1,weekdays:f.frequency===`WEEKLY`&&f.weekdays.length?f.weekdays:null,until:f.until||null},skipHolidays:f.skipHolidays}),Y=e=>B(Object.fromEntries(e.map(e=>[e.field??`form`,e.message])));function X(){W(!0),B({}),(0,j.fetchQuery)(t,P,{input:J()}).subscribe({next:e=>R(e.previewSeries),error:t=>{let n=t.source;Y(n?.errors?.map(e=>({field:e.extensions?.field,message:e.message}))??[{message:e(`failed`)}]),W(!1)},complete:()=>W(!1)})}function Z(){B({}),G({variables:{input:{...J(),idempotencyKey:k,letter:S,onConflict:f.onConflict}},onCompleted:({submitSeries:e})=>{e.conflicts.length&&R(e.conflicts),e.errors.length&&Y(e.errors),e.series&&(H(e),I(crypto.randomUUID()))},onError:()=>B({form:e(`failed`)})})}if(V)return(0,M.jsxs)(c,{maw:900,children:[(0,M.jsx)(s,{order:1,children:e(`title`)}),(0,M.jsx)(u,{color:`green`,variant:`outline`,role:`status`,title:e(`done`,{count:V.bookings.length}),children:(0,M.jsxs)(c,{gap:4,children:[V.bookings.map(e=>(0,M.jsx)(a,{component:n,to:`/bookings/${e.id}`,children:e.reference},e.id)),V.skipped.length>0&&(0,M.jsx)(o,{size:`sm`,children:e(`skippedCount`,{count:V.skipped.length})})]})})]});let Q=r.rooms.edges.map(({node:e})=>({value:e.id,label:`${e.code} · ${e.name} (${e.capacity})`}));return(0,M.jsxs)(c,{maw:900,children:[(0,M.jsx)(s,{order:1,children:e(`title`)}),(0,M.jsx)(_,{withBorder:!0,p:`md`,children:(0,M.jsxs)(c,{children:[(0,M.jsx)(v,{label:e(`room`),data:Q,value:f.roomId,onChange:e=>q({roomId:e??``}),searchable:!0,allowDeselect:!1,error:z.roomId}),(0,M.jsxs)(h,{children:[(0,M.jsx)(x,{type:`date`,label:e(`firstDate`),value:f.date,onChange:e=>q({date:e.currentTarget.value}),error:z.startsAt}),(0,M.jsx)(x,{type:`time`,label:e(`start`),value:f.start,onChange:e=>q({start:e.currentTarget.value})}),(0,M.jsx)(x,{type:`time`,label:e(`end`),value:f.end,onChange:e=>q({end:e.currentTarget.value}),error:z.endsAt})]}),(0,M.jsx)(x,{label:e(`titleField`),value:f.title,onChange:e=>q({title:e.currentTarget.value}),error:z.title}),(0,M.jsx)(b,{label:e(`purpose`),value:f.purpose,onChange:e=>q({purpose:e.currentTarget.value}),error:z.purpose}),(0,M.jsx)(g,{label:e(`participants`),value:f.participants,min:1,onChange:e=>q({participants:e}),error:z.participants,w:200}),(0,M.jsxs)(h,{align:`end`,children:[(0,M.jsx)(v,{label:e(`frequency`),data:[`DAILY`,`WEEKLY`,`MONTHLY`].map(t=>({value:t,label:e(`freq.${t}`)})),value:f.frequency,onChange:e=>q({frequency:e??`WEEKLY`}),allowDeselect:!1,w:200}),(0,M.jsx)(g,{label:e(`interval`),value:f.interval,min:1,onChange:e=>q({interval:e}),w:160}),(0,M.jsx)(x,{type:`date`,label:e(`until`),value:f.until,onChange:e=>q({until:e.currentTarget.value}),error:z[`recurrence.until`]??z.until})]}),f.frequency===`WEEKLY`&&(0,M.jsx)(p.Group,{label:e(`weekdays`),value:f.weekdays,onChange:e=>q({weekdays:e}),children:(0,M.jsx)(h,{mt:4,children:N.map(t=>(0,M.jsx)(p,{value:t,label:e(`day.${t}`)},t))})}),(0,M.jsx)(p,{label:e(`skipHolidays`),checked:f.skipHolidays,onChange:e=>q({skipHolidays:e.currentTarget.checked})}),z.recurrence&&(0,M.jsx)(u,{color:`red`,role:`alert`,children:z.recurrence}),(0,M.jsx)(i,{variant:`outline`,onClick:X,loading:U,w:`fit-content`,children:e(`preview`)})]})}),L&&(0,M.jsxs)(c,{children:[(0,M.jsx)(o,{fw:600,children:e(`summary`,{total:L.length,conflicts:L.filter(e=>e.outcome===`CONFLICT`).length,holidays:L.filter(e=>e.holiday).length})}),(0,M.jsx)(F,{rows:L}),(0,M.jsx)(m,{label:e(`letter`),accept:`application/pdf,image/jpeg,image/png`,value:S,onChange:C,clearable:!0,error:z.letter,w:360}),(0,M.jsx)(v,{label:e(`onConflict`),data:[{value:`ABORT`,label:e(`abort`)},{value:`SKIP_CONFLICTS`,label:e(`skipConflicts`)}],value:f.onConflict,onChange:e=>y(t=>({...t,onConflict:e??`ABORT`})),allowDeselect:!1,w:360}),z.form&&(0,M.jsx)(u,{color:`red`,role:`alert`,children:z.form}),(0,M.jsx)(i,{onClick:Z,loading:K,disabled:!S,w:`fit-content`,children:e(`submit`)})]})]})}export{I as default};