import{t as e}from"./Badge-BVZGGrgX.js";import{A as t,At as n,D as r,Dt as i,M as a,Ot as o,X as s,k as c}from"./index-Be3tLCc4.js";import{t as l}from"./Group-Dwl0BDqv.js";import{t as u}from"./Modal-D9I5NSP-.js";import{t as d}from"./Table-DJ2BR8nB.js";import{t as f}from"./TextInput-CapCGyax.js";import{a as p,o as m,r as h}from"./shared-BtomDgi0.js";import{n as g}from"./logic-Ce0bthD8.js";var _=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`AgencyPayload`,kind:`LinkedField`,name:`renameAgency`,plural:!1,selections:[{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AgenciesAdminPageRenameMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AgenciesAdminPageRenameMutation`,selections:t},params:{cacheID:`f535d24bf7bb60483e7eabc60ce3cc04`,id:`172222d1381cb266a208ee64620c13f8813730d0cc3f221cd9521d9c730d2f91`,metadata:{},name:`AgenciesAdminPageRenameMutation`,operationKind:`mutation`,text:`mutation AgenciesAdminPageRenameMutation(
  $input: RenameAgencyInput!
) {
  renameAgency(input: $input) {
    agency {
      id
      name
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();_.hash=`48c2fd16ed09a3ab19f985cdf6778342`;var v=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},n=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`AgencyPayload`,kind:`LinkedField`,name:`createAgency`,plural:!1,selections:[{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AgenciesAdminPageCreateMutation`,selections:n,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AgenciesAdminPageCreateMutation`,selections:n},params:{cacheID:`0cf329a5733f4609e92da73018eac732`,id:`427ddbcc1e0a106105dc881a0a87eabff6215d042acd1aec11e9bb64041627ac`,metadata:{},name:`AgenciesAdminPageCreateMutation`,operationKind:`mutation`,text:`mutation AgenciesAdminPageCreateMutation(
  $input: CreateAgencyInput!
) {
  createAgency(input: $input) {
    agency {
      id
      code
      name
      isActive
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();v.hash=`e7c0351a2acbf1aa52eb58136924b66d`;var y=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`AgencyPayload`,kind:`LinkedField`,name:`deactivateAgency`,plural:!1,selections:[{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AgenciesAdminPageDeactivateMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AgenciesAdminPageDeactivateMutation`,selections:t},params:{cacheID:`c39d7a29eff66f5d6fa2e86e2ebd3780`,id:`715bebc509950e299ddf67f057375c538675d4ad9500e8e9508575720745cd6b`,metadata:{},name:`AgenciesAdminPageDeactivateMutation`,operationKind:`mutation`,text:`mutation AgenciesAdminPageDeactivateMutation(
  $input: AgencyIdInput!
) {
  deactivateAgency(input: $input) {
    agency {
      id
      isActive
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();y.hash=`4e4dde7c3365130b1d8094eece9d7971`;var b=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`AgencyConnection`,kind:`LinkedField`,name:`agencies`,plural:!1,selections:[{alias:null,args:null,concreteType:`AgencyEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`agencies(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`AgenciesAdminPageQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`AgenciesAdminPageQuery`,selections:e},params:{cacheID:`74c8cfd142c22fac1d395f35437a7752`,id:`ecd2f197cca5838099922ff73cd722c0098c5a7dc560c74443426e855ca3486f`,metadata:{},name:`AgenciesAdminPageQuery`,operationKind:`query`,text:`query AgenciesAdminPageQuery {
  agencies(first: 100) {
    edges {
      node {
        id
        code
        name
        isActive
      }
    }
  }
}
`}}})();b.hash=`5c4c4f66a61ef861e921e8d6b07861ba`;var x=n(o(),1),S=r(),C=s();function w(){let{t:n}=i(`admin`),[r,o]=(0,x.useState)(0),s=(0,S.useLazyLoadQuery)(b,{},{fetchPolicy:`store-and-network`,fetchKey:r}),[f,g]=(0,x.useState)(null),[_,v]=(0,x.useState)(null),[w,E]=(0,x.useState)([]),[D,O]=(0,S.useMutation)(y);return(0,C.jsxs)(t,{maw:900,children:[(0,C.jsxs)(l,{justify:`space-between`,children:[(0,C.jsx)(c,{order:1,children:n(`agencies.title`)}),(0,C.jsx)(a,{onClick:()=>g(`new`),children:n(`agencies.new`)})]}),(0,C.jsx)(h,{errors:w}),(0,C.jsx)(p,{minWidth:560,children:(0,C.jsxs)(d,{striped:!0,children:[(0,C.jsx)(d.Thead,{children:(0,C.jsxs)(d.Tr,{children:[(0,C.jsx)(d.Th,{children:n(`agencies.code`)}),(0,C.jsx)(d.Th,{children:n(`agencies.name`)}),(0,C.jsx)(d.Th,{children:n(`state`)}),(0,C.jsx)(d.Th,{children:n(`actions`)})]})}),(0,C.jsx)(d.Tbody,{children:s.agencies.edges.map(({node:t})=>(0,C.jsxs)(d.Tr,{children:[(0,C.jsx)(d.Td,{children:t.code}),(0,C.jsx)(d.Td,{children:t.name}),(0,C.jsx)(d.Td,{children:(0,C.jsx)(e,{color:t.isActive?`green`:`gray`,variant:`light`,c:`dark.8`,children:t.isActive?n(`active`):n(`inactive`)})}),(0,C.jsx)(d.Td,{children:(0,C.jsxs)(l,{gap:4,wrap:`nowrap`,children:[(0,C.jsx)(a,{size:`xs`,variant:`light`,onClick:()=>g(t),"aria-label":n(`agencies.renameNamed`,{name:t.name}),children:n(`agencies.rename`)}),t.isActive&&(0,C.jsx)(a,{size:`xs`,variant:`light`,color:`red`,onClick:()=>v(t),"aria-label":n(`deactivateNamed`,{name:t.name}),children:n(`deactivate`)})]})})]},t.id))})]})}),f&&(0,C.jsx)(T,{agency:f===`new`?null:f,onClose:e=>{g(null),e&&o(e=>e+1)}}),_&&(0,C.jsx)(u,{opened:!0,onClose:()=>v(null),title:n(`deactivateNamed`,{name:_.name}),closeButtonProps:{"aria-label":n(`close`)},children:(0,C.jsxs)(t,{children:[n(`agencies.deactivateHelp`),(0,C.jsxs)(l,{justify:`flex-end`,children:[(0,C.jsx)(a,{variant:`default`,onClick:()=>v(null),children:n(`cancel`)}),(0,C.jsx)(a,{color:`red`,loading:O,onClick:()=>D({variables:{input:{agencyId:_.id}},onCompleted:e=>{E(e.deactivateAgency.errors),v(null)},onError:()=>E(m(n(`network`)))}),children:n(`deactivate`)})]})]})})]})}function T({agency:e,onClose:n}){let{t:r}=i(`admin`),[o,s]=(0,x.useState)(e?.code??``),[c,d]=(0,x.useState)(e?.name??``),[p,y]=(0,x.useState)([]),[b,w]=(0,S.useMutation)(v),[T,E]=(0,S.useMutation)(_);function D(t){t.preventDefault();let i=e=>{y(e),e.length===0&&n(!0)},a=()=>y(m(r(`network`)));e?T({variables:{input:{agencyId:e.id,name:c.trim()}},onCompleted:e=>i(e.renameAgency.errors),onError:a}):b({variables:{input:{code:o.trim(),name:c.trim()}},onCompleted:e=>i(e.createAgency.errors),onError:a})}let{byField:O,general:k}=g(p,[`code`,`name`]);return(0,C.jsx)(u,{opened:!0,onClose:()=>n(!1),title:e?r(`agencies.renameNamed`,{name:e.name}):r(`agencies.newTitle`),closeButtonProps:{"aria-label":r(`close`)},children:(0,C.jsx)(`form`,{onSubmit:D,noValidate:!0,children:(0,C.jsxs)(t,{children:[(0,C.jsx)(h,{errors:k}),(0,C.jsx)(f,{label:r(`agencies.code`),value:o,onChange:e=>s(e.currentTarget.value),error:O.code,disabled:!!e,required:!0}),(0,C.jsx)(f,{label:r(`agencies.name`),value:c,onChange:e=>d(e.currentTarget.value),error:O.name,required:!0,"data-autofocus":!0}),(0,C.jsxs)(l,{justify:`flex-end`,children:[(0,C.jsx)(a,{variant:`default`,onClick:()=>n(!1),children:r(`cancel`)}),(0,C.jsx)(a,{type:`submit`,loading:w||E,children:r(e?`save`:`agencies.create`)})]})]})})})}export{w as default};