import{At as e,I as t,L as n,N as r,Ot as i,P as a,R as o,et as s,g as c,j as l,n as u,z as d}from"./index-BebB5HRp.js";import{t as f}from"./CopyButton-UE_TySVA.js";import{t as p}from"./Group-BgBu_uJY.js";import{t as m}from"./Paper-jl4TM-_B.js";import{t as h}from"./Select-DP7tXEgQ.js";import{t as g}from"./Table-DhQkFtIh.js";import{t as _}from"./TextInput-oAOXWqKh.js";import{r as v}from"./time-DCC4qMpP.js";var y=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`CreateRoomDisplayLinkPayload`,kind:`LinkedField`,name:`createRoomDisplayLink`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`token`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`DisplayLinksPageCreateMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`DisplayLinksPageCreateMutation`,selections:t},params:{cacheID:`41090f8ba351630bae13f5057f283269`,id:`54f711ff95cfef6443640e08164827a7bcf645eed2e8fb34229cba6a09c8bad7`,metadata:{},name:`DisplayLinksPageCreateMutation`,operationKind:`mutation`,text:`mutation DisplayLinksPageCreateMutation(
  $input: CreateRoomDisplayLinkInput!
) {
  createRoomDisplayLink(input: $input) {
    url
    token
    errors {
      code
      message
      field
    }
  }
}
`}}})();y.hash=`3c0af219484a5bd107cf013ccc333240`;var b=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`RoomConnection`,kind:`LinkedField`,name:`rooms`,plural:!1,selections:[{alias:null,args:null,concreteType:`RoomEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`rooms(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`DisplayLinksPageQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`DisplayLinksPageQuery`,selections:e},params:{cacheID:`90934f07758c94b962beb4408b3ae963`,id:`a95d42b1fe1a4c95b691a77f72c1036840aa2d1f46063f59268a4167abd8ed54`,metadata:{},name:`DisplayLinksPageQuery`,operationKind:`query`,text:`query DisplayLinksPageQuery {
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
`}}})();b.hash=`1e480d4c21494ff39abbdc19cdba2139`;var x=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RevokeRoomDisplayLinkPayload`,kind:`LinkedField`,name:`revokeRoomDisplayLink`,plural:!1,selections:[{alias:null,args:null,concreteType:`RoomDisplayLink`,kind:`LinkedField`,name:`link`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`active`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`revokedAt`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`DisplayLinksPageRevokeMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`DisplayLinksPageRevokeMutation`,selections:t},params:{cacheID:`bcddd5d10aca76bbd4e2fda2fa9888c3`,id:`4c78c7d37b879a044bcab7c2daf7fb92c1df8c20edf55900d8da830ab52926c9`,metadata:{},name:`DisplayLinksPageRevokeMutation`,operationKind:`mutation`,text:`mutation DisplayLinksPageRevokeMutation(
  $input: RevokeRoomDisplayLinkInput!
) {
  revokeRoomDisplayLink(input: $input) {
    link {
      id
      active
      revokedAt
    }
    errors {
      code
      message
    }
  }
}
`}}})();x.hash=`cb424ab6df57ec4e22b17f840a458b75`;var S=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`roomId`}],t=[{alias:null,args:[{kind:`Variable`,name:`roomId`,variableName:`roomId`}],concreteType:`RoomDisplayLink`,kind:`LinkedField`,name:`roomDisplayLinks`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`label`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`active`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`revokedAt`,storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`DisplayLinksPageLinksQuery`,selections:t,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`DisplayLinksPageLinksQuery`,selections:t},params:{cacheID:`b3ac341f990d81c7602e3fd9d0b315b5`,id:`cfceaeaab0934bb03f53754a187b3ed9aee2112a5991ef0c94e88af0aaedd89b`,metadata:{},name:`DisplayLinksPageLinksQuery`,operationKind:`query`,text:`query DisplayLinksPageLinksQuery(
  $roomId: ID!
) {
  roomDisplayLinks(roomId: $roomId) {
    id
    label
    active
    createdAt
    revokedAt
  }
}
`}}})();S.hash=`5624157089ad100e9ef003e535b27373`;var C=e(i(),1),w=l(),T=s();function E({roomId:e,fetchKey:n}){let{t:r,i18n:i}=c(`display`),a=i.language===`en`?`en`:`id`,s=(0,w.useLazyLoadQuery)(S,{roomId:e},{fetchPolicy:`network-only`,fetchKey:n}),[l,u]=(0,w.useMutation)(x);return s.roomDisplayLinks.length===0?(0,T.jsx)(o,{c:`gray.7`,children:r(`links.none`)}):(0,T.jsxs)(g,{striped:!0,children:[(0,T.jsx)(g.Thead,{children:(0,T.jsxs)(g.Tr,{children:[(0,T.jsx)(g.Th,{children:r(`links.label`)}),(0,T.jsx)(g.Th,{children:r(`links.active`)}),(0,T.jsx)(g.Th,{})]})}),(0,T.jsx)(g.Tbody,{children:s.roomDisplayLinks.map(e=>(0,T.jsxs)(g.Tr,{children:[(0,T.jsxs)(g.Td,{children:[e.label||r(`links.noLabel`),(0,T.jsx)(o,{size:`xs`,c:`gray.7`,children:r(`links.createdAt`,{at:v(e.createdAt,a)})})]}),(0,T.jsx)(g.Td,{children:e.active?(0,T.jsx)(o,{fw:700,children:r(`links.active`)}):(0,T.jsx)(o,{size:`sm`,children:r(`links.revokedAt`,{at:v(e.revokedAt??``,a)})})}),(0,T.jsx)(g.Td,{children:e.active&&(0,T.jsx)(t,{color:`red.9`,variant:`outline`,size:`xs`,loading:u,"aria-label":`${r(`links.revoke`)} ${e.label}`,onClick:()=>{window.confirm(r(`links.revokeConfirm`))&&l({variables:{input:{linkId:e.id}}})},children:r(`links.revoke`)})})]},e.id))})]})}function D(){let{t:e}=c(`display`),i=(0,w.useLazyLoadQuery)(b,{}),[s,l]=(0,C.useState)(i.rooms.edges[0]?.node.id??null),[g,v]=(0,C.useState)(``),[x,S]=(0,C.useState)(null),[D,O]=(0,C.useState)(null),[k,A]=(0,C.useState)(0),[j,M]=(0,w.useMutation)(y);function N(t){t.preventDefault(),s&&(O(null),j({variables:{input:{roomId:s,label:g}},onCompleted:({createRoomDisplayLink:e})=>{e.errors.length?O(e.errors[0].message):(S(`${window.location.origin}/display/${e.token}`),v(``),A(e=>e+1))},onError:()=>O(e(`offline`))}))}return(0,T.jsxs)(a,{maw:900,children:[(0,T.jsx)(r,{order:1,children:e(`links.title`)}),(0,T.jsx)(o,{children:e(`links.intro`)}),(0,T.jsx)(`form`,{onSubmit:N,children:(0,T.jsxs)(p,{align:`end`,children:[(0,T.jsx)(h,{label:e(`links.room`),data:i.rooms.edges.map(({node:e})=>({value:e.id,label:`${e.code} · ${e.name}`})),value:s,onChange:e=>{l(e),S(null)},searchable:!0,allowDeselect:!1,w:320}),(0,T.jsx)(_,{label:e(`links.label`),value:g,maxLength:100,onChange:e=>v(e.currentTarget.value)}),(0,T.jsx)(t,{type:`submit`,loading:M,disabled:!s,children:e(`links.create`)})]})}),D&&(0,T.jsx)(d,{color:`red`,role:`alert`,children:D}),x&&(0,T.jsxs)(m,{withBorder:!0,p:`md`,role:`status`,children:[(0,T.jsx)(o,{fw:700,mb:`xs`,children:e(`links.created`)}),(0,T.jsxs)(p,{children:[(0,T.jsx)(o,{ff:`monospace`,size:`sm`,style:{wordBreak:`break-all`},"data-testid":`display-url`,children:x}),(0,T.jsx)(f,{value:x,children:({copied:n,copy:r})=>(0,T.jsx)(t,{size:`xs`,variant:`default`,onClick:r,children:e(n?`links.copied`:`links.copy`)})}),(0,T.jsx)(n,{href:x,target:`_blank`,rel:`noreferrer`,children:e(`links.open`)})]})]}),s&&(0,T.jsx)(C.Suspense,{fallback:(0,T.jsx)(u,{}),children:(0,T.jsx)(E,{roomId:s,fetchKey:k})})]})}export{D as default};