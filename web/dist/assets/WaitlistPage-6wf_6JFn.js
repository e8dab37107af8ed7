import{At as e,I as t,L as n,N as r,Ot as i,P as a,R as o,_ as s,et as c,g as l,j as u,v as d,w as f}from"./index-BebB5HRp.js";import{t as p}from"./Badge-BErdBO1x.js";import{t as m}from"./SegmentedControl-CSrsmy5C.js";import{t as h}from"./Table-DhQkFtIh.js";import{i as g}from"./time-DCC4qMpP.js";var _=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`WaitlistEntryPayload`,kind:`LinkedField`,name:`leaveWaitlist`,plural:!1,selections:[{alias:null,args:null,concreteType:`WaitlistEntry`,kind:`LinkedField`,name:`entry`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`WaitlistPageLeaveMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`WaitlistPageLeaveMutation`,selections:t},params:{cacheID:`10d5987b79e6a30df868db94d695b442`,id:`24aad3e71d8a659eff414baf95bcaac42b567b5a688d0e0e461ee03cc713319c`,metadata:{},name:`WaitlistPageLeaveMutation`,operationKind:`mutation`,text:`mutation WaitlistPageLeaveMutation(
  $input: LeaveWaitlistInput!
) {
  leaveWaitlist(input: $input) {
    entry {
      id
      status
    }
    errors {
      code
      message
    }
  }
}
`}}})();_.hash=`94f985cd3a58abe59f07ec56966a7a92`;var v=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`status`}],t=[{kind:`Literal`,name:`first`,value:100},{kind:`Variable`,name:`status`,variableName:`status`}],n={alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`joinedAt`,storageKey:null},l={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},u=[l],d={alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null}],storageKey:null},f=[l,r];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`WaitlistPageQuery`,selections:[{alias:null,args:t,concreteType:`WaitlistEntryConnection`,kind:`LinkedField`,name:`waitlist`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`WaitlistEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`WaitlistEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,i,a,o,s,c,{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:u,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:u,storageKey:null},d],storageKey:null}],storageKey:null}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`WaitlistPageQuery`,selections:[{alias:null,args:t,concreteType:`WaitlistEntryConnection`,kind:`LinkedField`,name:`waitlist`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`WaitlistEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`WaitlistEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,i,a,o,s,c,{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:f,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:f,storageKey:null},d],storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`738bd504cee42f8be7bbd0a783dfe738`,id:`f93bcfb0619e9e0f97a24c0b0c9512b067f809665492138b31412247a0311b22`,metadata:{},name:`WaitlistPageQuery`,operationKind:`query`,text:`query WaitlistPageQuery(
  $status: [WaitlistStatus!]
) {
  waitlist(status: $status, first: 100) {
    totalCount
    edges {
      node {
        id
        status
        title
        startsAt
        endsAt
        joinedAt
        room {
          name
          id
        }
        agency {
          name
          id
        }
        booking {
          id
          reference
        }
      }
    }
  }
}
`}}})();v.hash=`b22095339f6cf642a1d1ddf7d860d485`;var y=e(i(),1),b=u(),x=c();function S(){let{t:e,i18n:i}=l(`waitlist`),c=i.language===`en`?`en`:`id`,u=d(),S=s(u,`SERVICE_OFFICER`,`SERVICE_HEAD`),[C,w]=(0,y.useState)(`WAITING`),[T,E]=(0,y.useState)(0),[D,O]=(0,y.useState)(null),k=(0,b.useLazyLoadQuery)(v,{status:C===`ALL`?null:[C]},{fetchPolicy:`store-and-network`,fetchKey:T}),[A,j]=(0,b.useMutation)(_);return(0,x.jsxs)(a,{maw:1e3,children:[(0,x.jsx)(r,{order:1,children:e(`title`)}),(0,x.jsx)(m,{"aria-label":e(`status`),value:C,onChange:e=>w(e),data:[`WAITING`,`PROMOTED`,`LEFT`,`EXPIRED`,`ALL`].map(t=>({value:t,label:e(`state.${t}`)})),w:`fit-content`}),D&&(0,x.jsx)(o,{c:`red.9`,role:`alert`,children:D}),k.waitlist.totalCount===0?(0,x.jsx)(o,{children:e(`empty`)}):(0,x.jsxs)(h,{striped:!0,children:[(0,x.jsx)(h.Thead,{children:(0,x.jsxs)(h.Tr,{children:[(0,x.jsx)(h.Th,{children:e(`titleField`)}),(0,x.jsx)(h.Th,{children:e(`slot`)}),(0,x.jsx)(h.Th,{children:e(`status`)}),(0,x.jsx)(h.Th,{})]})}),(0,x.jsx)(h.Tbody,{children:k.waitlist.edges.map(({node:r})=>(0,x.jsxs)(h.Tr,{children:[(0,x.jsxs)(h.Td,{children:[r.title,(0,x.jsx)(o,{size:`xs`,children:r.agency.name})]}),(0,x.jsxs)(h.Td,{children:[r.room.name,(0,x.jsx)(o,{size:`xs`,children:g(r.startsAt,r.endsAt,c)})]}),(0,x.jsxs)(h.Td,{children:[(0,x.jsx)(p,{color:r.status===`WAITING`?`blue.9`:`gray.8`,variant:`filled`,children:e(`state.${r.status}`)}),r.booking&&(0,x.jsxs)(x.Fragment,{children:[` `,(0,x.jsx)(n,{component:f,to:`/bookings/${r.booking.id}`,children:r.booking.reference})]})]}),(0,x.jsx)(h.Td,{children:r.status===`WAITING`&&(0,x.jsx)(t,{size:`xs`,variant:`outline`,color:`red.9`,loading:j,"aria-label":`${e(`leave`)} ${r.title}`,onClick:()=>{let t=S?window.prompt(e(`leaveReason`)):null;(!S||t?.trim())&&A({variables:{input:{entryId:r.id,reason:t}},onCompleted:({leaveWaitlist:e})=>{O(e.errors[0]?.message??null),E(e=>e+1)}})},children:e(`leave`)})})]},r.id))})]})]})}export{S as default};