import{At as e,I as t,L as n,N as r,Ot as i,P as a,R as o,et as s,g as c,j as l,w as u,z as d}from"./index-BebB5HRp.js";import{t as f}from"./Group-BgBu_uJY.js";import{t as p}from"./SegmentedControl-CSrsmy5C.js";import{t as m}from"./Badge-BErdBO1x.js";import{t as h}from"./Paper-jl4TM-_B.js";import{r as g}from"./time-DCC4qMpP.js";import{i as _,n as v,r as y,t as b}from"./push-CZhAzO0I.js";var x=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`MarkNotificationsReadPayload`,kind:`LinkedField`,name:`markNotificationsRead`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`unreadCount`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`NotificationsPageMarkAllMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`NotificationsPageMarkAllMutation`,selections:t},params:{cacheID:`e3e48f9a78e9448bb297e6e341c6c0a0`,id:`c24be79664531bf33a89ddca4e2285dca4148a085ee07039ac76c3138cedaa01`,metadata:{},name:`NotificationsPageMarkAllMutation`,operationKind:`mutation`,text:`mutation NotificationsPageMarkAllMutation(
  $input: MarkNotificationsReadInput!
) {
  markNotificationsRead(input: $input) {
    unreadCount
    errors {
      code
      message
    }
  }
}
`}}})();x.hash=`b9b86625bd323753e620a37951d3d358`;var S=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`unreadOnly`}],t={alias:null,args:null,kind:`ScalarField`,name:`unreadNotificationCount`,storageKey:null},n={kind:`Variable`,name:`unreadOnly`,variableName:`unreadOnly`},r=[{kind:`Literal`,name:`first`,value:30},n],i={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`NotificationsPageQuery`,selections:[t,{args:[n],kind:`FragmentSpread`,name:`NotificationsPage_list`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`NotificationsPageQuery`,selections:[t,{alias:null,args:r,concreteType:`NotificationConnection`,kind:`LinkedField`,name:`notifications`,plural:!1,selections:[{alias:null,args:null,concreteType:`NotificationEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Notification`,kind:`LinkedField`,name:`node`,plural:!1,selections:[i,{alias:null,args:null,kind:`ScalarField`,name:`kind`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`body`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`readAt`,storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[i,{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:r,filters:[`unreadOnly`],handle:`connection`,key:`NotificationsPage_notifications`,kind:`LinkedHandle`,name:`notifications`}]},params:{cacheID:`9ce8a5224c95ef27a6c518b07550ded6`,id:`4f4ca4520529b62907d28bcedd2d8beca0d71d6e6a258c8da1ef0295ac02ea39`,metadata:{},name:`NotificationsPageQuery`,operationKind:`query`,text:`query NotificationsPageQuery(
  $unreadOnly: Boolean!
) {
  unreadNotificationCount
  ...NotificationsPage_list_2kQdDG
}

fragment NotificationItem_notification on Notification {
  id
  kind
  title
  body
  createdAt
  readAt
  booking {
    id
    reference
  }
}

fragment NotificationsPage_list_2kQdDG on Query {
  notifications(first: 30, unreadOnly: $unreadOnly) {
    edges {
      node {
        id
        ...NotificationItem_notification
        __typename
      }
      cursor
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
`}}})();S.hash=`cb0c4856ef46133c8812a79a82b73da7`;var C=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`after`},{defaultValue:30,kind:`LocalArgument`,name:`first`},{defaultValue:!1,kind:`LocalArgument`,name:`unreadOnly`}],t=[{kind:`Variable`,name:`after`,variableName:`after`},{kind:`Variable`,name:`first`,variableName:`first`},{kind:`Variable`,name:`unreadOnly`,variableName:`unreadOnly`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`NotificationsPageListPaginationQuery`,selections:[{args:t,kind:`FragmentSpread`,name:`NotificationsPage_list`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`NotificationsPageListPaginationQuery`,selections:[{alias:null,args:t,concreteType:`NotificationConnection`,kind:`LinkedField`,name:`notifications`,plural:!1,selections:[{alias:null,args:null,concreteType:`NotificationEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Notification`,kind:`LinkedField`,name:`node`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`kind`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`body`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`readAt`,storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:t,filters:[`unreadOnly`],handle:`connection`,key:`NotificationsPage_notifications`,kind:`LinkedHandle`,name:`notifications`}]},params:{cacheID:`7c03b651dc25436cd6d4787bde2195e5`,id:`206912ac5979806bd2b3602e0db1d5dbc94b20085e517d109e1f1acf8eb3872e`,metadata:{},name:`NotificationsPageListPaginationQuery`,operationKind:`query`,text:`query NotificationsPageListPaginationQuery(
  $after: String
  $first: Int = 30
  $unreadOnly: Boolean = false
) {
  ...NotificationsPage_list_3pE6yj
}

fragment NotificationItem_notification on Notification {
  id
  kind
  title
  body
  createdAt
  readAt
  booking {
    id
    reference
  }
}

fragment NotificationsPage_list_3pE6yj on Query {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    edges {
      node {
        id
        ...NotificationItem_notification
        __typename
      }
      cursor
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
`}}})();C.hash=`f001086490769d8b64a38cc6c5f7ffb4`;var w=(function(){var e=[`notifications`];return{argumentDefinitions:[{defaultValue:null,kind:`LocalArgument`,name:`after`},{defaultValue:30,kind:`LocalArgument`,name:`first`},{defaultValue:!1,kind:`LocalArgument`,name:`unreadOnly`}],kind:`Fragment`,metadata:{connection:[{count:`first`,cursor:`after`,direction:`forward`,path:e}],refetch:{connection:{forward:{count:`first`,cursor:`after`},backward:null,path:e},fragmentPathInResult:[],operation:C}},name:`NotificationsPage_list`,selections:[{alias:`notifications`,args:[{kind:`Variable`,name:`unreadOnly`,variableName:`unreadOnly`}],concreteType:`NotificationConnection`,kind:`LinkedField`,name:`__NotificationsPage_notifications_connection`,plural:!1,selections:[{alias:null,args:null,concreteType:`NotificationEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Notification`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{args:null,kind:`FragmentSpread`,name:`NotificationItem_notification`},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Query`,abstractKey:null}})();w.hash=`f001086490769d8b64a38cc6c5f7ffb4`;var T=e(i(),1),E=l(),D=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`MarkNotificationsReadPayload`,kind:`LinkedField`,name:`markNotificationsRead`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`unreadCount`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`NotificationItemMarkMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`NotificationItemMarkMutation`,selections:t},params:{cacheID:`da765ca2c1ab4e2b8e3035494bd5e3ad`,id:`600bcd02edf3fa55345a345c933a32b747e068f7ac684047785d187ed0eea306`,metadata:{},name:`NotificationItemMarkMutation`,operationKind:`mutation`,text:`mutation NotificationItemMarkMutation(
  $input: MarkNotificationsReadInput!
) {
  markNotificationsRead(input: $input) {
    unreadCount
    errors {
      code
      message
    }
  }
}
`}}})();D.hash=`2dccd9d637f82a79e767a2268f95b923`;var O=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`NotificationItem_notification`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`kind`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`body`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`readAt`,storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null}],storageKey:null}],type:`Notification`,abstractKey:null}})();O.hash=`3e3c877667ca575e703af38f87906374`;var k=s();function A({notification:e}){let{t:r,i18n:i}=c(`notifications`),s=i.language===`en`?`en`:`id`,l=(0,E.useFragment)(O,e),[d,p]=(0,E.useMutation)(D),_=!l.readAt;return(0,k.jsx)(h,{withBorder:!0,p:`sm`,component:`article`,"aria-label":l.title,bg:_?`blue.0`:void 0,children:(0,k.jsxs)(a,{gap:4,children:[(0,k.jsxs)(f,{justify:`space-between`,wrap:`nowrap`,align:`start`,children:[(0,k.jsx)(o,{fw:_?700:500,children:l.title}),_&&(0,k.jsx)(m,{color:`blue.9`,variant:`filled`,children:r(`new`)})]}),(0,k.jsx)(o,{size:`sm`,children:l.body}),(0,k.jsxs)(f,{justify:`space-between`,children:[(0,k.jsxs)(o,{size:`xs`,c:`gray.7`,children:[g(l.createdAt,s),` WIB`]}),(0,k.jsxs)(f,{gap:`xs`,children:[l.booking&&(0,k.jsx)(n,{component:u,to:`/bookings/${l.booking.id}`,size:`sm`,children:r(`openBooking`,{reference:l.booking.reference})}),_&&(0,k.jsx)(t,{size:`compact-xs`,variant:`subtle`,loading:p,onClick:()=>d({variables:{input:{ids:[l.id]}},updater:(e,t)=>{e.get(l.id)?.setValue(new Date().toISOString(),`readAt`);let n=t?.markNotificationsRead.unreadCount;n!==void 0&&e.getRoot().setValue(n,`unreadNotificationCount`)}}),children:r(`markRead`)})]})]})]})})}var j=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`PushSubscriptionPayload`,kind:`LinkedField`,name:`unregisterPushSubscription`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`ok`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`PushOptInUnregisterMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`PushOptInUnregisterMutation`,selections:t},params:{cacheID:`21f560efe4c1df0fa93384fcbe624847`,id:`0b8507bfd378ddcf24e2c2ee4f75534ff6733c70955d11c3e3c71cb1fa8076d9`,metadata:{},name:`PushOptInUnregisterMutation`,operationKind:`mutation`,text:`mutation PushOptInUnregisterMutation(
  $input: UnregisterPushSubscriptionInput!
) {
  unregisterPushSubscription(input: $input) {
    ok
    errors {
      code
      message
    }
  }
}
`}}})();j.hash=`f9e53c0b5f4089dbb4103884c2a550e4`;var M=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`PushSubscriptionPayload`,kind:`LinkedField`,name:`registerPushSubscription`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`ok`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`PushOptInRegisterMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`PushOptInRegisterMutation`,selections:t},params:{cacheID:`e81e0f77ce2f5cfcef62af698917b31b`,id:`69b7a0735aa9ecb77a8f61aab1f482334876dad85e9a64cf12536f16e3541c17`,metadata:{},name:`PushOptInRegisterMutation`,operationKind:`mutation`,text:`mutation PushOptInRegisterMutation(
  $input: RegisterPushSubscriptionInput!
) {
  registerPushSubscription(input: $input) {
    ok
    errors {
      code
      message
    }
  }
}
`}}})();M.hash=`6afeebafb43d67315b31e72ba4780fd0`;var N=(function(){var e=[{alias:null,args:null,kind:`ScalarField`,name:`vapidPublicKey`,storageKey:null}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`PushOptInQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`PushOptInQuery`,selections:e},params:{cacheID:`ac4ff219a6d7f1bcc0829804aad2996b`,id:`808f1e5b04c4b6187ee789b5f2f4a1fadf1e02c39611985a1f4aeb3d755472cf`,metadata:{},name:`PushOptInQuery`,operationKind:`query`,text:`query PushOptInQuery {
  vapidPublicKey
}
`}}})();N.hash=`995d5356b709d5e263df91bc8dd910a3`;function P(){let{t:e}=c(`notifications`),{vapidPublicKey:n}=(0,E.useLazyLoadQuery)(N,{}),[r,i]=(0,T.useState)(`off`),[s,l]=(0,T.useState)(null),[u,p]=(0,E.useMutation)(M),[m,g]=(0,E.useMutation)(j);(0,T.useEffect)(()=>{v()?n?Notification.permission===`denied`?i(`denied`):b().then(e=>i(e?`on`:`off`)):i(`unavailable`):i(`unsupported`)},[n]);async function x(){l(null);try{let t=await y(n??``);u({variables:{input:_(t)},onCompleted:({registerPushSubscription:t})=>{t.ok?i(`on`):l(t.errors[0]?.message??e(`push.failed`))},onError:()=>l(e(`push.failed`))})}catch(t){i(Notification.permission===`denied`?`denied`:`off`),l(`${e(`push.failed`)} (${t instanceof Error?t.message:String(t)})`)}}async function S(){let e=await b();if(!e)return i(`off`);m({variables:{input:{endpoint:e.endpoint}},onCompleted:()=>{e.unsubscribe(),i(`off`)}})}return(0,k.jsx)(h,{withBorder:!0,p:`sm`,children:(0,k.jsxs)(a,{gap:`xs`,children:[(0,k.jsxs)(f,{justify:`space-between`,children:[(0,k.jsx)(o,{fw:600,children:e(`push.title`)}),r===`off`&&(0,k.jsx)(t,{size:`xs`,onClick:()=>void x(),loading:p,children:e(`push.enable`)}),r===`on`&&(0,k.jsx)(t,{size:`xs`,variant:`default`,onClick:()=>void S(),loading:g,children:e(`push.disable`)})]}),(0,k.jsx)(o,{size:`sm`,children:e(`push.${r}`)}),s&&(0,k.jsx)(d,{color:`red`,role:`alert`,children:s})]})})}function F({query:e}){let{t:n}=c(`notifications`),{data:r,hasNext:i,loadNext:s,isLoadingNext:l}=(0,E.usePaginationFragment)(w,e),u=r.notifications.edges;return(0,k.jsxs)(a,{gap:`xs`,"aria-live":`polite`,children:[u.length===0&&(0,k.jsx)(o,{c:`gray.7`,children:n(`empty`)}),u.map(e=>(0,k.jsx)(A,{notification:e.node},e.node.id)),i&&(0,k.jsx)(t,{variant:`default`,onClick:()=>s(30),loading:l,children:n(`more`)})]})}function I(){let{t:e}=c(`notifications`),[n,i]=(0,T.useState)(`all`),[s,l]=(0,T.useState)(0),u=(0,E.useLazyLoadQuery)(S,{unreadOnly:n===`unread`},{fetchPolicy:`store-and-network`,fetchKey:s}),[d,m]=(0,E.useMutation)(x);return(0,k.jsxs)(a,{maw:760,children:[(0,k.jsxs)(f,{justify:`space-between`,children:[(0,k.jsx)(r,{order:1,children:e(`title`)}),(0,k.jsx)(t,{variant:`default`,disabled:u.unreadNotificationCount===0,loading:m,onClick:()=>d({variables:{input:{ids:null}},updater:(e,t)=>{e.getRoot().setValue(t?.markNotificationsRead.unreadCount??0,`unreadNotificationCount`)},onCompleted:()=>l(e=>e+1)}),children:e(`markAllRead`)})]}),(0,k.jsx)(o,{children:e(`unreadCount`,{count:u.unreadNotificationCount})}),(0,k.jsx)(p,{"aria-label":e(`filter`),value:n,onChange:e=>i(e),data:[{value:`all`,label:e(`all`)},{value:`unread`,label:e(`unread`)}],w:`fit-content`}),(0,k.jsx)(P,{}),(0,k.jsx)(F,{query:u})]})}export{I as default};