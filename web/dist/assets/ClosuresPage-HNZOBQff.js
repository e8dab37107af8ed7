import{A as e,At as t,D as n,Dt as r,M as i,Ot as a,P as o,X as s,k as c}from"./index-Be3tLCc4.js";import{t as l}from"./Group-Dwl0BDqv.js";import{t as u}from"./NumberInput-DzepVaN1.js";import{t as d}from"./Table-DJ2BR8nB.js";import{t as f}from"./TextInput-CapCGyax.js";import{n as p,o as m}from"./time-DCC4qMpP.js";import{t as h}from"./useLang-DUnCNXmC.js";import{o as g,r as _}from"./shared-BtomDgi0.js";import{n as v}from"./logic-Ce0bthD8.js";var y=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`ClosurePayload`,kind:`LinkedField`,name:`removeOfficeClosure`,plural:!1,selections:[{alias:null,args:null,concreteType:`OfficeClosure`,kind:`LinkedField`,name:`closure`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ClosuresPageRemoveMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ClosuresPageRemoveMutation`,selections:t},params:{cacheID:`2ebca492a7bcd7d3f0769e34b0f73580`,id:`d544e6ec80af7550ee9e57681b02179d733542135e368fdc1bbeb02f9cf9b699`,metadata:{},name:`ClosuresPageRemoveMutation`,operationKind:`mutation`,text:`mutation ClosuresPageRemoveMutation(
  $input: ClosureIdInput!
) {
  removeOfficeClosure(input: $input) {
    closure {
      id
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();y.hash=`8bf24aa64ebeb275918c56ff3c22f4fc`;var b=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`ClosurePayload`,kind:`LinkedField`,name:`addOfficeClosure`,plural:!1,selections:[{alias:null,args:null,concreteType:`OfficeClosure`,kind:`LinkedField`,name:`closure`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`day`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`reason`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ClosuresPageAddMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ClosuresPageAddMutation`,selections:t},params:{cacheID:`145f16bef3399aabf79a8ff6388f3d13`,id:`dd51202ddb4304090a540726fb6349ed514b522897d5f6089c202c3b9db7b40b`,metadata:{},name:`ClosuresPageAddMutation`,operationKind:`mutation`,text:`mutation ClosuresPageAddMutation(
  $input: AddClosureInput!
) {
  addOfficeClosure(input: $input) {
    closure {
      id
      day
      reason
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();b.hash=`5af85724adfea017babe575e9dd5691d`;var x=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`year`}],t=[{alias:null,args:[{kind:`Variable`,name:`year`,variableName:`year`}],concreteType:`OfficeClosure`,kind:`LinkedField`,name:`officeClosures`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`day`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`reason`,storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ClosuresPageQuery`,selections:t,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ClosuresPageQuery`,selections:t},params:{cacheID:`107637fa27d5c969854e78e522099418`,id:`bea4fae3623388cf2ffe88159a892df58d0b944f5ba603b8beb03b2eae2eeaf4`,metadata:{},name:`ClosuresPageQuery`,operationKind:`query`,text:`query ClosuresPageQuery(
  $year: Int
) {
  officeClosures(year: $year) {
    id
    day
    reason
  }
}
`}}})();x.hash=`065b01651aa7daed4c751dd44eb45f72`;var S=t(a(),1),C=n(),w=s();function T(){let{t}=r(`admin`),n=h(),[a,s]=(0,S.useState)(Number(m().slice(0,4))),[T,E]=(0,S.useState)(0),D=(0,C.useLazyLoadQuery)(x,{year:a},{fetchPolicy:`store-and-network`,fetchKey:T}),[O,k]=(0,S.useState)(``),[A,j]=(0,S.useState)(``),[M,N]=(0,S.useState)([]),[P,F]=(0,C.useMutation)(b),[I]=(0,C.useMutation)(y);function L(e){e.preventDefault(),O?P({variables:{input:{day:O,reason:A.trim()}},onCompleted:({addOfficeClosure:e})=>{N(e.errors),e.errors.length===0&&(k(``),j(``),E(e=>e+1))},onError:()=>N(g(t(`network`)))}):N([{code:`VALIDATION`,message:t(`closures.dayRequired`),field:`day`}])}let{byField:R,general:z}=v(M,[`day`,`reason`]);return(0,w.jsxs)(e,{maw:900,children:[(0,w.jsx)(c,{order:1,children:t(`closures.title`)}),(0,w.jsx)(o,{children:t(`closures.help`)}),(0,w.jsx)(`form`,{onSubmit:L,noValidate:!0,children:(0,w.jsxs)(e,{children:[(0,w.jsx)(_,{errors:z}),(0,w.jsxs)(l,{align:`start`,children:[(0,w.jsx)(f,{type:`date`,label:t(`closures.day`),value:O,onChange:e=>k(e.currentTarget.value),error:R.day,required:!0}),(0,w.jsx)(f,{label:t(`closures.reason`),value:A,onChange:e=>j(e.currentTarget.value),error:R.reason,required:!0,w:320})]}),(0,w.jsx)(i,{type:`submit`,loading:F,w:`fit-content`,children:t(`closures.add`)})]})}),(0,w.jsx)(u,{label:t(`closures.year`),value:a,onChange:e=>s(Number(e)||a),min:2e3,max:2100,w:140}),D.officeClosures.length===0?(0,w.jsx)(o,{children:t(`closures.empty`)}):(0,w.jsxs)(d,{striped:!0,children:[(0,w.jsx)(d.Thead,{children:(0,w.jsxs)(d.Tr,{children:[(0,w.jsx)(d.Th,{children:t(`closures.day`)}),(0,w.jsx)(d.Th,{children:t(`closures.reason`)}),(0,w.jsx)(d.Th,{children:t(`actions`)})]})}),(0,w.jsx)(d.Tbody,{children:D.officeClosures.map(e=>(0,w.jsxs)(d.Tr,{children:[(0,w.jsx)(d.Td,{children:p(`${e.day}T12:00:00+07:00`,n)}),(0,w.jsx)(d.Td,{children:e.reason}),(0,w.jsx)(d.Td,{children:(0,w.jsx)(i,{size:`xs`,variant:`light`,color:`red`,"aria-label":t(`closures.removeNamed`,{reason:e.reason}),onClick:()=>I({variables:{input:{closureId:e.id}},onCompleted:({removeOfficeClosure:e})=>{N(e.errors),E(e=>e+1)},onError:()=>N(g(t(`network`)))}),children:t(`closures.remove`)})})]},e.id))})]})]})}export{T as default};