import{$ as e,A as t,C as n,E as r,Ft as i,It as a,Lt as o,M as s,P as c,T as l,_ as u,j as d,k as f}from"./index-ClRC8rCv.js";import{t as p}from"./Badge-AN-txs-e.js";import{t as m}from"./Checkbox-BE6-Z5G9.js";import{t as h}from"./FileInput-BQs-vUFq.js";import{t as g}from"./NumberInput-BGwmRMI2.js";import{t as _}from"./Paper-BP3uIdBT.js";import{t as v}from"./Select-0bgdIxxD.js";import{t as y}from"./Table-CY24jvz8.js";import{t as b}from"./Textarea-B5Zp6Drh.js";import{t as x}from"./TextInput-CVunkF8K.js";import{a as S,n as C,o as w,s as T,t as E}from"./time-DCC4qMpP.js";var D=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`date`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},o=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`SubmitSeriesPayload`,kind:`LinkedField`,name:`submitSeries`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`replayed`,storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[t],storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`bookings`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},n],storageKey:null},{alias:null,args:null,concreteType:`SeriesOccurrence`,kind:`LinkedField`,name:`skipped`,plural:!0,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`SeriesOccurrence`,kind:`LinkedField`,name:`conflicts`,plural:!0,selections:[r,n,{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`holiday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`workingDay`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`outcome`,storageKey:null},a,i],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[a,i,{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`SeriesPageSubmitMutation`,selections:o,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`SeriesPageSubmitMutation`,selections:o},params:{cacheID:`fa466ab0666fd87ad2abbd7017a83d18`,id:`496503ff1074194b6956ad8e9188597b4376dcdf27571a35d241b5a85a09cd5b`,metadata:{},name:`SeriesPageSubmitMutation`,operationKind:`mutation`,text:`mutation SeriesPageSubmitMutation(
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
`}}})();k.hash=`b664d6fde526da4bf537e8fe5aff2cfc`;var A=o(a(),1),j=n(),M=e(),N=[`MONDAY`,`TUESDAY`,`WEDNESDAY`,`THURSDAY`,`FRIDAY`,`SATURDAY`,`SUNDAY`],P=k;function F({rows:e}){let{t,i18n:n}=i(`series`),r=n.language===`en`?`en`:`id`;return(0,M.jsxs)(y,{striped:!0,"aria-label":t(`previewTable`),children:[(0,M.jsx)(y.Thead,{children:(0,M.jsxs)(y.Tr,{children:[(0,M.jsx)(y.Th,{children:t(`date`)}),(0,M.jsx)(y.Th,{children:t(`time`)}),(0,M.jsx)(y.Th,{children:t(`calendar`)}),(0,M.jsx)(y.Th,{children:t(`outcome`)})]})}),(0,M.jsx)(y.Tbody,{children:e.map(e=>(0,M.jsxs)(y.Tr,{children:[(0,M.jsx)(y.Td,{children:C(e.startsAt,r)}),(0,M.jsxs)(y.Td,{children:[S(e.startsAt,r),`–`,S(e.endsAt,r)]}),(0,M.jsxs)(y.Td,{children:[e.holiday&&(0,M.jsx)(p,{color:`grape.9`,variant:`filled`,children:t(`holiday`)}),!e.holiday&&!e.workingDay&&(0,M.jsx)(p,{color:`gray.8`,variant:`filled`,children:t(`weekend`)})]}),(0,M.jsxs)(y.Td,{children:[e.outcome===`BOOKABLE`&&t(`bookable`),e.outcome===`HOLIDAY_SKIPPED`&&t(`skipped`),e.outcome===`CONFLICT`&&(0,M.jsxs)(d,{c:`red.9`,size:`sm`,fw:600,children:[t(`conflict`),`: `,e.message]})]})]},e.date))})]})}function I(){let{t:e}=i(`series`),n=(0,j.useRelayEnvironment)(),a=(0,j.useLazyLoadQuery)(O,{}),o=E(w(),7),[p,y]=(0,A.useState)({roomId:a.rooms.edges[0]?.node.id??``,date:o,start:`09:00`,end:`10:00`,title:``,purpose:``,participants:10,frequency:`WEEKLY`,interval:1,weekdays:[],until:E(o,28),skipHolidays:!1,onConflict:`ABORT`}),[S,C]=(0,A.useState)(null),[k,I]=(0,A.useState)(()=>crypto.randomUUID()),[L,R]=(0,A.useState)(null),[z,B]=(0,A.useState)({}),[V,H]=(0,A.useState)(null),[U,W]=(0,A.useState)(!1),[G,K]=(0,j.useMutation)(D),q=e=>{y(t=>({...t,...e})),R(null)},J=()=>({roomId:p.roomId,startsAt:T(p.date,p.start),endsAt:T(p.date,p.end),title:p.title,purpose:p.purpose,participants:Number(p.participants)||0,recurrence:{frequency:p.frequency,interval:Number(p.interval)||1,weekdays:p.frequency===`WEEKLY`&&p.weekdays.length?p.weekdays:null,until:p.until||null},skipHolidays:p.skipHolidays}),Y=e=>B(Object.fromEntries(e.map(e=>[e.field??`form`,e.message])));function X(){W(!0),B({}),(0,j.fetchQuery)(n,P,{input:J()}).subscribe({next:e=>R(e.previewSeries),error:t=>{let n=t.source;Y(n?.errors?.map(e=>({field:e.extensions?.field,message:e.message}))??[{message:e(`failed`)}]),W(!1)},complete:()=>W(!1)})}function Z(){B({}),G({variables:{input:{...J(),idempotencyKey:k,letter:S,onConflict:p.onConflict}},onCompleted:({submitSeries:e})=>{e.conflicts.length&&R(e.conflicts),e.errors.length&&Y(e.errors),e.series&&(H(e),I(crypto.randomUUID()))},onError:()=>B({form:e(`failed`)})})}if(V)return(0,M.jsxs)(r,{maw:900,children:[(0,M.jsx)(l,{order:1,children:e(`title`)}),(0,M.jsx)(s,{color:`green`,variant:`outline`,role:`status`,title:e(`done`,{count:V.bookings.length}),children:(0,M.jsxs)(r,{gap:4,children:[V.bookings.map(e=>(0,M.jsx)(t,{component:u,to:`/bookings/${e.id}`,children:e.reference},e.id)),V.skipped.length>0&&(0,M.jsx)(d,{size:`sm`,children:e(`skippedCount`,{count:V.skipped.length})})]})})]});let Q=a.rooms.edges.map(({node:e})=>({value:e.id,label:`${e.code} · ${e.name} (${e.capacity})`}));return(0,M.jsxs)(r,{maw:900,children:[(0,M.jsx)(l,{order:1,children:e(`title`)}),(0,M.jsx)(_,{withBorder:!0,p:`md`,children:(0,M.jsxs)(r,{children:[(0,M.jsx)(v,{label:e(`room`),data:Q,value:p.roomId,onChange:e=>q({roomId:e??``}),searchable:!0,allowDeselect:!1,error:z.roomId}),(0,M.jsxs)(c,{children:[(0,M.jsx)(x,{type:`date`,label:e(`firstDate`),value:p.date,onChange:e=>q({date:e.currentTarget.value}),error:z.startsAt}),(0,M.jsx)(x,{type:`time`,label:e(`start`),value:p.start,onChange:e=>q({start:e.currentTarget.value})}),(0,M.jsx)(x,{type:`time`,label:e(`end`),value:p.end,onChange:e=>q({end:e.currentTarget.value}),error:z.endsAt})]}),(0,M.jsx)(x,{label:e(`titleField`),value:p.title,onChange:e=>q({title:e.currentTarget.value}),error:z.title}),(0,M.jsx)(b,{label:e(`purpose`),value:p.purpose,onChange:e=>q({purpose:e.currentTarget.value}),error:z.purpose}),(0,M.jsx)(g,{label:e(`participants`),value:p.participants,min:1,onChange:e=>q({participants:e}),error:z.participants,w:200}),(0,M.jsxs)(c,{align:`end`,children:[(0,M.jsx)(v,{label:e(`frequency`),data:[`DAILY`,`WEEKLY`,`MONTHLY`].map(t=>({value:t,label:e(`freq.${t}`)})),value:p.frequency,onChange:e=>q({frequency:e??`WEEKLY`}),allowDeselect:!1,w:200}),(0,M.jsx)(g,{label:e(`interval`),value:p.interval,min:1,onChange:e=>q({interval:e}),w:160}),(0,M.jsx)(x,{type:`date`,label:e(`until`),value:p.until,onChange:e=>q({until:e.currentTarget.value}),error:z[`recurrence.until`]??z.until})]}),p.frequency===`WEEKLY`&&(0,M.jsx)(m.Group,{label:e(`weekdays`),value:p.weekdays,onChange:e=>q({weekdays:e}),children:(0,M.jsx)(c,{mt:4,children:N.map(t=>(0,M.jsx)(m,{value:t,label:e(`day.${t}`)},t))})}),(0,M.jsx)(m,{label:e(`skipHolidays`),checked:p.skipHolidays,onChange:e=>q({skipHolidays:e.currentTarget.checked})}),z.recurrence&&(0,M.jsx)(s,{color:`red`,role:`alert`,children:z.recurrence}),(0,M.jsx)(f,{variant:`outline`,onClick:X,loading:U,w:`fit-content`,children:e(`preview`)})]})}),L&&(0,M.jsxs)(r,{children:[(0,M.jsx)(d,{fw:600,children:e(`summary`,{total:L.length,conflicts:L.filter(e=>e.outcome===`CONFLICT`).length,holidays:L.filter(e=>e.holiday).length})}),(0,M.jsx)(F,{rows:L}),(0,M.jsx)(h,{label:e(`letter`),accept:`application/pdf,image/jpeg,image/png`,value:S,onChange:C,clearable:!0,error:z.letter,w:360}),(0,M.jsx)(v,{label:e(`onConflict`),data:[{value:`ABORT`,label:e(`abort`)},{value:`SKIP_CONFLICTS`,label:e(`skipConflicts`)}],value:p.onConflict,onChange:e=>y(t=>({...t,onConflict:e??`ABORT`})),allowDeselect:!1,w:360}),z.form&&(0,M.jsx)(s,{color:`red`,role:`alert`,children:z.form}),(0,M.jsx)(f,{onClick:Z,loading:K,disabled:!S,w:`fit-content`,children:e(`submit`)})]})]})}export{I as default};