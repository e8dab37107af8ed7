import{$ as e,C as t,D as n,E as r,Ft as i,It as a,Lt as o,M as s,P as c,T as l,j as u,k as d,z as f}from"./index-ClRC8rCv.js";import{t as p}from"./Checkbox-BE6-Z5G9.js";import{t as m}from"./Table-CY24jvz8.js";import{r as h}from"./time-DCC4qMpP.js";var g=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RetryNotificationDeliveriesPayload`,kind:`LinkedField`,name:`retryNotificationDeliveries`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requeued`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`DeliveriesPageRetryMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`DeliveriesPageRetryMutation`,selections:t},params:{cacheID:`eddd0416012861ede24ebc8eea0bbdbb`,id:`c75bb90731cfa60320b7999b0375739852da4b02eb568a7422412dd74054ad76`,metadata:{},name:`DeliveriesPageRetryMutation`,operationKind:`mutation`,text:`mutation DeliveriesPageRetryMutation(
  $input: RetryNotificationDeliveriesInput!
) {
  retryNotificationDeliveries(input: $input) {
    requeued
    errors {
      code
      message
    }
  }
}
`}}})();g.hash=`8782479e7bf695736858175db48d7c9b`;var _=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`status`}],t=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100},{kind:`Variable`,name:`status`,variableName:`status`}],concreteType:`DeliveryConnection`,kind:`LinkedField`,name:`notificationDeliveries`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`DeliveryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Delivery`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`channel`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`attempts`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastError`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`nextAttemptAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`sentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`kind`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`recipientNrk`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`DeliveriesPageQuery`,selections:t,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`DeliveriesPageQuery`,selections:t},params:{cacheID:`9997cf413ef621d856a31a6d2c9b14e0`,id:`ce82b64cd639c12348652ce7b357bc5e4a0a575937a9e1b6135dd7dcfcf304df`,metadata:{},name:`DeliveriesPageQuery`,operationKind:`query`,text:`query DeliveriesPageQuery(
  $status: DeliveryStatus
) {
  notificationDeliveries(status: $status, first: 100) {
    totalCount
    edges {
      node {
        id
        channel
        status
        attempts
        lastError
        nextAttemptAt
        sentAt
        kind
        recipientNrk
      }
    }
  }
}
`}}})();_.hash=`a2e0bc7b7d926b2dae9960ab96dc368f`;var v=o(a(),1),y=t(),b=e();function x(){let{t:e,i18n:t}=i(`staff`),a=t.language===`en`?`en`:`id`,[o,x]=(0,v.useState)(`FAILED`),[S,C]=(0,v.useState)(0),[w,T]=(0,v.useState)([]),[E,D]=(0,v.useState)(null),O=(0,y.useLazyLoadQuery)(_,{status:o===`ALL`?null:o},{fetchPolicy:`store-and-network`,fetchKey:S}),[k,A]=(0,y.useMutation)(g),j=t=>k({variables:{input:{ids:t}},onCompleted:({retryNotificationDeliveries:t})=>{D(t.errors[0]?.message??e(`deliveries.requeued`,{count:t.requeued})),T([]),C(e=>e+1)}}),M=O.notificationDeliveries.edges;return(0,b.jsxs)(r,{maw:1100,children:[(0,b.jsx)(l,{order:1,children:e(`deliveries.title`)}),(0,b.jsxs)(c,{justify:`space-between`,children:[(0,b.jsx)(n,{"aria-label":e(`deliveries.status`),value:o,onChange:e=>x(e),data:[`FAILED`,`PENDING`,`SENT`,`ALL`].map(t=>({value:t,label:e(`deliveries.${t}`)}))}),(0,b.jsxs)(c,{children:[(0,b.jsx)(d,{variant:`default`,disabled:w.length===0,loading:A,onClick:()=>j(w),children:e(`deliveries.retryChosen`,{count:w.length})}),(0,b.jsx)(d,{loading:A,onClick:()=>j(null),children:e(`deliveries.retryAll`)})]})]}),E&&(0,b.jsx)(s,{role:`status`,color:`blue`,children:E}),(0,b.jsx)(u,{children:e(`deliveries.count`,{count:O.notificationDeliveries.totalCount})}),(0,b.jsxs)(m,{striped:!0,children:[(0,b.jsx)(m.Thead,{children:(0,b.jsxs)(m.Tr,{children:[(0,b.jsx)(m.Th,{children:(0,b.jsx)(f,{children:e(`deliveries.choose`)})}),(0,b.jsx)(m.Th,{children:e(`deliveries.kind`)}),(0,b.jsx)(m.Th,{children:e(`deliveries.to`)}),(0,b.jsx)(m.Th,{children:e(`deliveries.state`)}),(0,b.jsx)(m.Th,{children:e(`deliveries.attempts`)}),(0,b.jsx)(m.Th,{children:e(`deliveries.lastError`)})]})}),(0,b.jsx)(m.Tbody,{children:M.map(({node:t})=>(0,b.jsxs)(m.Tr,{children:[(0,b.jsx)(m.Td,{children:t.status===`FAILED`&&(0,b.jsx)(p,{"aria-label":`${e(`deliveries.choose`)} ${t.kind} ${t.recipientNrk}`,checked:w.includes(t.id),onChange:e=>T(n=>e.currentTarget.checked?[...n,t.id]:n.filter(e=>e!==t.id))})}),(0,b.jsxs)(m.Td,{children:[t.kind,` · `,t.channel]}),(0,b.jsx)(m.Td,{children:t.recipientNrk}),(0,b.jsxs)(m.Td,{children:[e(`deliveries.${t.status}`),t.sentAt&&(0,b.jsx)(u,{size:`xs`,children:h(t.sentAt,a)}),!t.sentAt&&t.nextAttemptAt&&(0,b.jsx)(u,{size:`xs`,children:e(`deliveries.next`,{at:h(t.nextAttemptAt,a)})})]}),(0,b.jsx)(m.Td,{children:t.attempts}),(0,b.jsx)(m.Td,{children:(0,b.jsx)(u,{size:`xs`,children:t.lastError})})]},t.id))})]})]})}export{x as default};