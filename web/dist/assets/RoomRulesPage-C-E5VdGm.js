import{At as e,I as t,N as n,Ot as r,P as i,R as a,et as o,g as s,j as c,n as l,z as u}from"./index-BebB5HRp.js";import{t as d}from"./Checkbox-B2_CVZwd.js";import{t as f}from"./Group-BgBu_uJY.js";import{t as p}from"./NumberInput-jccAyYDh.js";import{t as m}from"./Select-DP7tXEgQ.js";import{t as h}from"./Table-DhQkFtIh.js";import{t as g}from"./TextInput-oAOXWqKh.js";var _=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`RoomConnection`,kind:`LinkedField`,name:`rooms`,plural:!1,selections:[{alias:null,args:null,concreteType:`RoomEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`rooms(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`RoomRulesPageQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`RoomRulesPageQuery`,selections:e},params:{cacheID:`869eaa72d7bd204e6d195f9475ea2f5e`,id:`e7c61e631577048f1ef0f99f12f1bc672697a67035d0e1b3325cf849ff7c28cb`,metadata:{},name:`RoomRulesPageQuery`,operationKind:`query`,text:`query RoomRulesPageQuery {
  rooms(first: 100) {
    edges {
      node {
        id
        code
        name
      }
    }
  }
}
`}}})();_.hash=`80358e80ef7fb5c86117874456329844`;var v=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`SetRoomRulesPayload`,kind:`LinkedField`,name:`setRoomRules`,plural:!1,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,concreteType:`RoomRules`,kind:`LinkedField`,name:`rules`,plural:!1,selections:[{alias:null,args:null,concreteType:`WeekdayHours`,kind:`LinkedField`,name:`bookableHours`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`weekday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`opensAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`closesAt`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`minLeadMinutes`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`maxAdvanceDays`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`maxDurationMinutes`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`bufferMinutes`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`RoomRulesPageSetMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`RoomRulesPageSetMutation`,selections:t},params:{cacheID:`2ac681fb9eee22d0dfeac57a9fabddb5`,id:`e3350312f8f20d3ea3f60b48d4d9e7410bb156d0c7c1de2afd244786c1ab575d`,metadata:{},name:`RoomRulesPageSetMutation`,operationKind:`mutation`,text:`mutation RoomRulesPageSetMutation(
  $input: SetRoomRulesInput!
) {
  setRoomRules(input: $input) {
    room {
      id
      rules {
        bookableHours {
          weekday
          opensAt
          closesAt
        }
        minLeadMinutes
        maxAdvanceDays
        maxDurationMinutes
        bufferMinutes
      }
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();v.hash=`de9debb0acbe967476b5e8b3db33e830`;var y=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},i={alias:null,args:null,concreteType:`RoomRules`,kind:`LinkedField`,name:`rules`,plural:!1,selections:[{alias:null,args:null,concreteType:`WeekdayHours`,kind:`LinkedField`,name:`bookableHours`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`weekday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`opensAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`closesAt`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`minLeadMinutes`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`maxAdvanceDays`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`maxDurationMinutes`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`bufferMinutes`,storageKey:null}],storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`RoomRulesPageRoomQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{kind:`InlineFragment`,selections:[n,r,i],type:`Room`,abstractKey:null}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`RoomRulesPageRoomQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},n,{kind:`InlineFragment`,selections:[r,i],type:`Room`,abstractKey:null}],storageKey:null}]},params:{cacheID:`28f9ba655cbb23a570bf5f7fa2e555e7`,id:`4e2a1abecd45d32b4ff569aa51145c67857070df6fa4eb22ac7d8af1a6bf4236`,metadata:{},name:`RoomRulesPageRoomQuery`,operationKind:`query`,text:`query RoomRulesPageRoomQuery(
  $id: ID!
) {
  node(id: $id) {
    __typename
    ... on Room {
      id
      name
      rules {
        bookableHours {
          weekday
          opensAt
          closesAt
        }
        minLeadMinutes
        maxAdvanceDays
        maxDurationMinutes
        bufferMinutes
      }
    }
    id
  }
}
`}}})();y.hash=`d9ce015fafa8e75eeacfc666faf4a93a`;var b=e(r(),1),x=c(),S=o(),C=[1,2,3,4,5,6,7];function w({roomId:e}){let{t:n}=s(`staff`),r=(0,x.useLazyLoadQuery)(y,{id:e},{fetchPolicy:`network-only`}).node?.rules,[o,c]=(0,b.useState)({}),[l,m]=(0,b.useState)({minLeadMinutes:``,maxAdvanceDays:``,maxDurationMinutes:``,bufferMinutes:``}),[_,w]=(0,b.useState)({}),[T,E]=(0,b.useState)(!1),[D,O]=(0,x.useMutation)(v);if((0,b.useEffect)(()=>{if(!r)return;let e={};for(let t of C){let n=r.bookableHours.find(e=>e.weekday===t);e[t]={open:!!n,opensAt:n?.opensAt??`08:00`,closesAt:n?.closesAt??`16:00`}}c(e),m({minLeadMinutes:r.minLeadMinutes,maxAdvanceDays:r.maxAdvanceDays,maxDurationMinutes:r.maxDurationMinutes,bufferMinutes:r.bufferMinutes})},[r]),!r)return null;function k(t){t.preventDefault(),E(!1);let n=e=>e===``?null:Number(e);D({variables:{input:{roomId:e,bookableHours:C.filter(e=>o[e]?.open).map(e=>({weekday:e,opensAt:o[e].opensAt,closesAt:o[e].closesAt})),minLeadMinutes:n(l.minLeadMinutes),maxAdvanceDays:n(l.maxAdvanceDays),maxDurationMinutes:n(l.maxDurationMinutes),bufferMinutes:n(l.bufferMinutes)}},onCompleted:({setRoomRules:e})=>{w(Object.fromEntries(e.errors.map(e=>[e.field??`form`,e.message]))),E(e.errors.length===0)}})}let A=e=>(0,S.jsx)(p,{label:n(`rules.${e}`),value:l[e],min:0,onChange:t=>m(n=>({...n,[e]:typeof t==`number`?t:``})),error:_[e],w:220});return(0,S.jsx)(`form`,{onSubmit:k,children:(0,S.jsxs)(i,{children:[(0,S.jsxs)(h,{children:[(0,S.jsx)(h.Thead,{children:(0,S.jsxs)(h.Tr,{children:[(0,S.jsx)(h.Th,{children:n(`rules.weekday`)}),(0,S.jsx)(h.Th,{children:n(`rules.open`)}),(0,S.jsx)(h.Th,{children:n(`rules.opensAt`)}),(0,S.jsx)(h.Th,{children:n(`rules.closesAt`)})]})}),(0,S.jsx)(h.Tbody,{children:C.map(e=>(0,S.jsxs)(h.Tr,{children:[(0,S.jsx)(h.Td,{children:n(`rules.day.${e}`)}),(0,S.jsx)(h.Td,{children:(0,S.jsx)(d,{"aria-label":`${n(`rules.open`)} ${n(`rules.day.${e}`)}`,checked:o[e]?.open??!1,onChange:t=>{let n=t.currentTarget.checked;c(t=>({...t,[e]:{...t[e],open:n}}))}})}),[`opensAt`,`closesAt`].map(t=>(0,S.jsx)(h.Td,{children:(0,S.jsx)(g,{type:`time`,"aria-label":`${n(`rules.${t}`)} ${n(`rules.day.${e}`)}`,value:o[e]?.[t]??``,disabled:!o[e]?.open,onChange:n=>{let r=n.currentTarget.value;c(n=>({...n,[e]:{...n[e],[t]:r}}))}})},t))]},e))})]}),_.bookableHours&&(0,S.jsx)(u,{color:`red`,role:`alert`,children:_.bookableHours}),(0,S.jsxs)(f,{children:[A(`minLeadMinutes`),A(`maxAdvanceDays`),A(`maxDurationMinutes`),A(`bufferMinutes`)]}),(0,S.jsx)(a,{size:`sm`,children:n(`rules.defaultHint`)}),_.form&&(0,S.jsx)(u,{color:`red`,role:`alert`,children:_.form}),T&&(0,S.jsx)(u,{color:`green`,role:`status`,variant:`outline`,children:n(`rules.saved`)}),(0,S.jsx)(t,{type:`submit`,loading:O,w:`fit-content`,children:n(`rules.save`)})]})})}function T(){let{t:e}=s(`staff`),t=(0,x.useLazyLoadQuery)(_,{}),[r,a]=(0,b.useState)(t.rooms.edges[0]?.node.id??null);return(0,S.jsxs)(i,{maw:900,children:[(0,S.jsx)(n,{order:1,children:e(`rules.title`)}),(0,S.jsx)(m,{label:e(`rules.room`),data:t.rooms.edges.map(({node:e})=>({value:e.id,label:`${e.code} · ${e.name}`})),value:r,onChange:a,searchable:!0,allowDeselect:!1,w:360}),r&&(0,S.jsx)(b.Suspense,{fallback:(0,S.jsx)(l,{}),children:(0,S.jsx)(w,{roomId:r},r)})]})}export{T as default};