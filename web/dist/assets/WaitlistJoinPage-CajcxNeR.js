import{A as e,At as t,I as n,L as r,N as i,Ot as a,P as o,R as s,et as c,g as l,j as u,w as d,z as f}from"./index-BebB5HRp.js";import{n as p,t as m}from"./Textarea-BHCYwM2v.js";import{t as h}from"./NumberInput-jccAyYDh.js";import{t as g}from"./Paper-jl4TM-_B.js";import{t as _}from"./TextInput-oAOXWqKh.js";import{i as v}from"./time-DCC4qMpP.js";var y=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`WaitlistEntryPayload`,kind:`LinkedField`,name:`joinWaitlist`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`replayed`,storageKey:null},{alias:null,args:null,concreteType:`WaitlistEntry`,kind:`LinkedField`,name:`entry`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`WaitlistJoinPageMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`WaitlistJoinPageMutation`,selections:t},params:{cacheID:`37e273b1d766922ff3122e9a3ec95435`,id:`f57756a2fa14a4cd6d6da7f83e01fa238d636a60947869193b260ac84b6d23aa`,metadata:{},name:`WaitlistJoinPageMutation`,operationKind:`mutation`,text:`mutation WaitlistJoinPageMutation(
  $input: JoinWaitlistInput!
) {
  joinWaitlist(input: $input) {
    replayed
    entry {
      id
      status
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();y.hash=`9ec3fca10c06ea2cf71b70558be85614`;var b=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={kind:`InlineFragment`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null}],type:`Room`,abstractKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`WaitlistJoinPageQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[n],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`WaitlistJoinPageQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},n,{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null}]},params:{cacheID:`77a76217f6fad0c39fe7b460aaa552d8`,id:`93580fa6db4bd375a0e320b7b74aa6cbbe43de450793c3a92024e06c94ccffe3`,metadata:{},name:`WaitlistJoinPageQuery`,operationKind:`query`,text:`query WaitlistJoinPageQuery(
  $id: ID!
) {
  node(id: $id) {
    __typename
    ... on Room {
      name
      code
    }
    id
  }
}
`}}})();b.hash=`4eb1bfc2bc810cf1c85005065fcbe796`;var x=t(a(),1),S=u(),C=c();function w(){let{t,i18n:a}=l(`waitlist`),c=a.language===`en`?`en`:`id`,[u]=e(),w=u.get(`roomId`)??``,T=u.get(`startsAt`)??``,E=u.get(`endsAt`)??``,D=(0,S.useLazyLoadQuery)(b,{id:w}),[O,k]=(0,x.useState)(``),[A,j]=(0,x.useState)(``),[M,N]=(0,x.useState)(10),[P,F]=(0,x.useState)(null),[I]=(0,x.useState)(()=>crypto.randomUUID()),[L,R]=(0,x.useState)({}),[z,B]=(0,x.useState)(!1),[V,H]=(0,S.useMutation)(y);function U(e){e.preventDefault(),V({variables:{input:{idempotencyKey:I,roomId:w,startsAt:T,endsAt:E,title:O,purpose:A,participants:Number(M)||0,letter:P,equipment:[]}},onCompleted:({joinWaitlist:e})=>{R(Object.fromEntries(e.errors.map(e=>[e.field??`form`,e.message]))),e.entry&&B(!0)},onError:()=>R({form:t(`failed`)})})}return(0,C.jsxs)(o,{maw:720,children:[(0,C.jsx)(i,{order:1,children:t(`joinTitle`)}),(0,C.jsxs)(g,{withBorder:!0,p:`md`,children:[(0,C.jsx)(s,{fw:600,children:D.node?.name??t(`unknownRoom`)}),T&&E&&(0,C.jsx)(s,{children:v(T,E,c)}),(0,C.jsx)(s,{size:`sm`,children:t(`joinIntro`)})]}),z?(0,C.jsx)(f,{color:`green`,variant:`outline`,role:`status`,title:t(`joined`),children:(0,C.jsx)(r,{component:d,to:`/waitlist`,children:t(`seeList`)})}):(0,C.jsx)(`form`,{onSubmit:U,children:(0,C.jsxs)(o,{children:[(0,C.jsx)(_,{label:t(`titleField`),value:O,onChange:e=>k(e.currentTarget.value),error:L.title,required:!0}),(0,C.jsx)(m,{label:t(`purpose`),value:A,onChange:e=>j(e.currentTarget.value),error:L.purpose,required:!0}),(0,C.jsx)(h,{label:t(`participants`),value:M,min:1,onChange:N,error:L.participants,w:200}),(0,C.jsx)(p,{label:t(`letter`),accept:`application/pdf,image/jpeg,image/png`,value:P,onChange:F,error:L.letter,w:360,required:!0}),(L.form||L.startsAt||L.roomId)&&(0,C.jsx)(f,{color:`red`,role:`alert`,children:L.form??L.startsAt??L.roomId}),(0,C.jsx)(n,{type:`submit`,loading:H,disabled:!P||!O||!A,w:`fit-content`,children:t(`join`)})]})})]})}export{w as default};