import{A as e,At as t,D as n,Dt as r,F as i,M as a,N as o,Ot as s,P as c,X as l,b as u,k as d}from"./index-D9bkC2R6.js";import{t as f}from"./Badge-y9Cgj-ci.js";import{t as p}from"./Checkbox-CTKckgGn.js";import{t as m}from"./FileInput-BsG94wk_.js";import{t as h}from"./Group-CGqIaPt4.js";import{t as g}from"./NumberInput-Dz0zQH54.js";import{t as _}from"./Paper-zH00Vt4u.js";import{t as v}from"./Select-DLxN3zkE.js";import{t as y}from"./Table-bb7ISn6k.js";import{t as b}from"./Textarea-CyDSv7zB.js";import{t as x}from"./TextInput-CxD4SwT0.js";import{a as S,n as C,o as w,s as T,t as E}from"./time-DCC4qMpP.js";var D=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`date`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},o=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`SubmitSeriesPayload`,kind:`LinkedField`,name:`submitSeries`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`replayed`,storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[t],storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`bookings`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},n],storageKey:null},{alias:null,args:null,concreteType:`SeriesOccurrence`,kind:`LinkedField`,name:`skipped`,plural:!0,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`SeriesOccurrence`,kind:`LinkedField`,name:`conflicts`,plural:!0,selections:[r,n,{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`holiday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`workingDay`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`outcome`,storageKey:null},a,i],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[a,i,{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`SeriesPageSubmitMutation`,selections:o,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`SeriesPageSubmitMutation`,selections:o},params:{cacheID:`fa466ab0666fd87ad2abbd7017a83d18`,id:`496503ff1074194b6956ad8e9188597b4376dcdf27571a35d241b5a85a09cd5b`,metadata:{},name:`SeriesPageSubmitMutation`,operationKind:`mutation`,text:`mutation SeriesPageSubmitMutation(
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
`}}})();k.hash=`b664d6fde526da4bf537e8fe5aff2cfc`;var A=t(s(),1),j=n(),M=l(),N=[`MONDAY`,`TUESDAY`,`WEDNESDAY`,`THURSDAY`,`FRIDAY`,`SATURDAY`,`SUNDAY`],P=k;function F({rows:e}){let{t,i18n:n}=r(`series`),i=n.language===`en`?`en`:`id`;return(0,M.jsxs)(y,{striped:!0,"aria-label":t(`previewTable`),children:[(0,M.jsx)(y.Thead,{children:(0,M.jsxs)(y.Tr,{children:[(0,M.jsx)(y.Th,{children:t(`date`)}),(0,M.jsx)(y.Th,{children:t(`time`)}),(0,M.jsx)(y.Th,{children:t(`calendar`)}),(0,M.jsx)(y.Th,{children:t(`outcome`)})]})}),(0,M.jsx)(y.Tbody,{children:e.map(e=>(0,M.jsxs)(y.Tr,{children:[(0,M.jsx)(y.Td,{children:C(e.startsAt,i)}),(0,M.jsxs)(y.Td,{children:[S(e.startsAt,i),`–`,S(e.endsAt,i)]}),(0,M.jsxs)(y.Td,{children:[e.holiday&&(0,M.jsx)(f,{color:`grape.9`,variant:`filled`,children:t(`holiday`)}),!e.holiday&&!e.workingDay&&(0,M.jsx)(f,{color:`gray.8`,variant:`filled`,children:t(`weekend`)})]}),(0,M.jsxs)(y.Td,{children:[e.outcome===`BOOKABLE`&&t(`bookable`),e.outcome===`HOLIDAY_SKIPPED`&&t(`skipped`),e.outcome===`CONFLICT`&&(0,M.jsxs)(c,{c:`red.9`,size:`sm`,fw:600,children:[t(`conflict`),`: `,e.message]})]})]},e.date))})]})}function I(){let{t}=r(`series`),n=(0,j.useRelayEnvironment)(),s=(0,j.useLazyLoadQuery)(O,{}),l=E(w(),7),[f,y]=(0,A.useState)({roomId:s.rooms.edges[0]?.node.id??``,date:l,start:`09:00`,end:`10:00`,title:``,purpose:``,participants:10,frequency:`WEEKLY`,interval:1,weekdays:[],until:E(l,28),skipHolidays:!1,onConflict:`ABORT`}),[S,C]=(0,A.useState)(null),[k,I]=(0,A.useState)(()=>crypto.randomUUID()),[L,R]=(0,A.useState)(null),[z,B]=(0,A.useState)({}),[V,H]=(0,A.useState)(null),[U,W]=(0,A.useState)(!1),[G,K]=(0,j.useMutation)(D),q=e=>{y(t=>({...t,...e})),R(null)},J=()=>({roomId:f.roomId,startsAt:T(f.date,f.start),endsAt:T(f.date,f.end),title:f.title,purpose:f.purpose,participants:Number(f.participants)||0,recurrence:{frequency:f.frequency,interval:Number(f.interval)||1,weekdays:f.frequency===`WEEKLY`&&f.weekdays.length?f.weekdays:null,until:f.until||null},skipHolidays:f.skipHolidays}),Y=e=>B(Object.fromEntries(e.map(e=>[e.field??`form`,e.message])));function X(){W(!0),B({}),(0,j.fetchQuery)(n,P,{input:J()}).subscribe({next:e=>R(e.previewSeries),error:e=>{let n=e.source;Y(n?.errors?.map(e=>({field:e.extensions?.field,message:e.message}))??[{message:t(`failed`)}]),W(!1)},complete:()=>W(!1)})}function Z(){B({}),G({variables:{input:{...J(),idempotencyKey:k,letter:S,onConflict:f.onConflict}},onCompleted:({submitSeries:e})=>{e.conflicts.length&&R(e.conflicts),e.errors.length&&Y(e.errors),e.series&&(H(e),I(crypto.randomUUID()))},onError:()=>B({form:t(`failed`)})})}if(V)return(0,M.jsxs)(e,{maw:900,children:[(0,M.jsx)(d,{order:1,children:t(`title`)}),(0,M.jsx)(i,{color:`green`,variant:`outline`,role:`status`,title:t(`done`,{count:V.bookings.length}),children:(0,M.jsxs)(e,{gap:4,children:[V.bookings.map(e=>(0,M.jsx)(o,{component:u,to:`/bookings/${e.id}`,children:e.reference},e.id)),V.skipped.length>0&&(0,M.jsx)(c,{size:`sm`,children:t(`skippedCount`,{count:V.skipped.length})})]})})]});let Q=s.rooms.edges.map(({node:e})=>({value:e.id,label:`${e.code} · ${e.name} (${e.capacity})`}));return(0,M.jsxs)(e,{maw:900,children:[(0,M.jsx)(d,{order:1,children:t(`title`)}),(0,M.jsx)(_,{withBorder:!0,p:`md`,children:(0,M.jsxs)(e,{children:[(0,M.jsx)(v,{label:t(`room`),data:Q,value:f.roomId,onChange:e=>q({roomId:e??``}),searchable:!0,allowDeselect:!1,error:z.roomId}),(0,M.jsxs)(h,{children:[(0,M.jsx)(x,{type:`date`,label:t(`firstDate`),value:f.date,onChange:e=>q({date:e.currentTarget.value}),error:z.startsAt}),(0,M.jsx)(x,{type:`time`,label:t(`start`),value:f.start,onChange:e=>q({start:e.currentTarget.value})}),(0,M.jsx)(x,{type:`time`,label:t(`end`),value:f.end,onChange:e=>q({end:e.currentTarget.value}),error:z.endsAt})]}),(0,M.jsx)(x,{label:t(`titleField`),value:f.title,onChange:e=>q({title:e.currentTarget.value}),error:z.title}),(0,M.jsx)(b,{label:t(`purpose`),value:f.purpose,onChange:e=>q({purpose:e.currentTarget.value}),error:z.purpose}),(0,M.jsx)(g,{label:t(`participants`),value:f.participants,min:1,onChange:e=>q({participants:e}),error:z.participants,w:200}),(0,M.jsxs)(h,{align:`end`,children:[(0,M.jsx)(v,{label:t(`frequency`),data:[`DAILY`,`WEEKLY`,`MONTHLY`].map(e=>({value:e,label:t(`freq.${e}`)})),value:f.frequency,onChange:e=>q({frequency:e??`WEEKLY`}),allowDeselect:!1,w:200}),(0,M.jsx)(g,{label:t(`interval`),value:f.interval,min:1,onChange:e=>q({interval:e}),w:160}),(0,M.jsx)(x,{type:`date`,label:t(`until`),value:f.until,onChange:e=>q({until:e.currentTarget.value}),error:z[`recurrence.until`]??z.until})]}),f.frequency===`WEEKLY`&&(0,M.jsx)(p.Group,{label:t(`weekdays`),value:f.weekdays,onChange:e=>q({weekdays:e}),children:(0,M.jsx)(h,{mt:4,children:N.map(e=>(0,M.jsx)(p,{value:e,label:t(`day.${e}`)},e))})}),(0,M.jsx)(p,{label:t(`skipHolidays`),checked:f.skipHolidays,onChange:e=>q({skipHolidays:e.currentTarget.checked})}),z.recurrence&&(0,M.jsx)(i,{color:`red`,role:`alert`,children:z.recurrence}),(0,M.jsx)(a,{variant:`outline`,onClick:X,loading:U,w:`fit-content`,children:t(`preview`)})]})}),L&&(0,M.jsxs)(e,{children:[(0,M.jsx)(c,{fw:600,children:t(`summary`,{total:L.length,conflicts:L.filter(e=>e.outcome===`CONFLICT`).length,holidays:L.filter(e=>e.holiday).length})}),(0,M.jsx)(F,{rows:L}),(0,M.jsx)(m,{label:t(`letter`),accept:`application/pdf,image/jpeg,image/png`,value:S,onChange:C,clearable:!0,error:z.letter,w:360}),(0,M.jsx)(v,{label:t(`onConflict`),data:[{value:`ABORT`,label:t(`abort`)},{value:`SKIP_CONFLICTS`,label:t(`skipConflicts`)}],value:f.onConflict,onChange:e=>y(t=>({...t,onConflict:e??`ABORT`})),allowDeselect:!1,w:360}),z.form&&(0,M.jsx)(i,{color:`red`,role:`alert`,children:z.form}),(0,M.jsx)(a,{onClick:Z,loading:K,disabled:!S,w:`fit-content`,children:t(`submit`)})]})]})}export{I as default};