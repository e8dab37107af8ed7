import{$ as e,A as t,C as n,Dt as r,F as i,I as a,L as o,M as s,N as c,Ot as l,R as u,h as d,k as f}from"./index-D8XgsAZ1.js";import{n as p,t as m}from"./Textarea-CkULcc7O.js";import{t as h}from"./NumberInput-BZTxZo-n.js";import{t as g}from"./Paper-_Da8F6Xj.js";import{t as _}from"./TextInput-CHBEH5nF.js";import{i as v}from"./time-DCC4qMpP.js";var y=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`WaitlistEntryPayload`,kind:`LinkedField`,name:`joinWaitlist`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`replayed`,storageKey:null},{alias:null,args:null,concreteType:`WaitlistEntry`,kind:`LinkedField`,name:`entry`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`WaitlistJoinPageMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`WaitlistJoinPageMutation`,selections:t},params:{cacheID:`37e273b1d766922ff3122e9a3ec95435`,id:`f57756a2fa14a4cd6d6da7f83e01fa238d636a60947869193b260ac84b6d23aa`,metadata:{},name:`WaitlistJoinPageMutation`,operationKind:`mutation`,text:`mutation WaitlistJoinPageMutation(
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
`}}})();b.hash=`4eb1bfc2bc810cf1c85005065fcbe796`;var x=l(r(),1),S=t(),C=e();function w(){let{t:e,i18n:t}=d(`waitlist`),r=t.language===`en`?`en`:`id`,[l]=f(),w=l.get(`roomId`)??``,T=l.get(`startsAt`)??``,E=l.get(`endsAt`)??``,D=(0,S.useLazyLoadQuery)(b,{id:w}),[O,k]=(0,x.useState)(``),[A,j]=(0,x.useState)(``),[M,N]=(0,x.useState)(10),[P,F]=(0,x.useState)(null),[I]=(0,x.useState)(()=>crypto.randomUUID()),[L,R]=(0,x.useState)({}),[z,B]=(0,x.useState)(!1),[V,H]=(0,S.useMutation)(y);function U(t){t.preventDefault(),V({variables:{input:{idempotencyKey:I,roomId:w,startsAt:T,endsAt:E,title:O,purpose:A,participants:Number(M)||0,letter:P,equipment:[]}},onCompleted:({joinWaitlist:e})=>{R(Object.fromEntries(e.errors.map(e=>[e.field??`form`,e.message]))),e.entry&&B(!0)},onError:()=>R({form:e(`failed`)})})}return(0,C.jsxs)(c,{maw:720,children:[(0,C.jsx)(s,{order:1,children:e(`joinTitle`)}),(0,C.jsxs)(g,{withBorder:!0,p:`md`,children:[(0,C.jsx)(o,{fw:600,children:D.node?.name??e(`unknownRoom`)}),T&&E&&(0,C.jsx)(o,{children:v(T,E,r)}),(0,C.jsx)(o,{size:`sm`,children:e(`joinIntro`)})]}),z?(0,C.jsx)(u,{color:`green`,variant:`outline`,role:`status`,title:e(`joined`),children:(0,C.jsx)(a,{component:n,to:`/waitlist`,children:e(`seeList`)})}):(0,C.jsx)(`form`,{onSubmit:U,children:(0,C.jsxs)(c,{children:[(0,C.jsx)(_,{label:e(`titleField`),value:O,onChange:e=>k(e.currentTarget.value),error:L.title,required:!0}),(0,C.jsx)(m,{label:e(`purpose`),value:A,onChange:e=>j(e.currentTarget.value),error:L.purpose,required:!0}),(0,C.jsx)(h,{label:e(`participants`),value:M,min:1,onChange:N,error:L.participants,w:200}),(0,C.jsx)(p,{label:e(`letter`),accept:`application/pdf,image/jpeg,image/png`,value:P,onChange:F,error:L.letter,w:360,required:!0}),(L.form||L.startsAt||L.roomId)&&(0,C.jsx)(u,{color:`red`,role:`alert`,children:L.form??L.startsAt??L.roomId}),(0,C.jsx)(i,{type:`submit`,loading:H,disabled:!P||!O||!A,w:`fit-content`,children:e(`join`)})]})})]})}export{w as default};