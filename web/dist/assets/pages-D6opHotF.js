import{At as e,I as t,K as n,L as r,N as i,O as a,Ot as o,P as s,Q as c,R as l,U as u,V as d,W as f,Y as p,Z as m,_ as h,at as g,bt as _,et as v,f as y,ft as b,g as x,j as S,n as C,ot as w,q as T,rt as ee,ut as E,v as te,vt as D,w as ne,wt as O,z as k}from"./index-BebB5HRp.js";import{t as A}from"./TextInput-oAOXWqKh.js";import{a as j,c as M,i as N,n as re,o as P,r as F,s as I,t as L}from"./shared-B4CmOP89.js";import{t as R}from"./Group-BgBu_uJY.js";import{t as ie}from"./SegmentedControl-CSrsmy5C.js";import{t as z}from"./Table-DhQkFtIh.js";import{a as ae,n as oe,o as se,r as B,s as ce,t as le}from"./time-DCC4qMpP.js";import{t as ue}from"./Card-CyBNF24u.js";import{t as V}from"./Badge-BErdBO1x.js";import{t as H}from"./Select-DP7tXEgQ.js";import{t as U}from"./useLang-DddKN5rK.js";import{n as W,t as de}from"./logic-Ce0bthD8.js";import{t as G}from"./NumberInput-jccAyYDh.js";import{t as K}from"./SimpleGrid-BUUdasMR.js";import{n as fe,t as pe}from"./Textarea-BHCYwM2v.js";import{t as q}from"./Checkbox-B2_CVZwd.js";import{t as me}from"./get-auto-contrast-value-BTPwFOS2.js";import{r as he,t as ge}from"./InlineInput-BTEg-XOV.js";import{t as _e}from"./Input-DilcHojr.js";import{t as ve}from"./use-uncontrolled-Djj4QsRZ.js";import{x as ye}from"./floating-ui.react-C0fXCuhv.js";var J=v();function be({size:e,style:t,...n}){return(0,J.jsx)(`svg`,{xmlns:`http://www.w3.org/2000/svg`,fill:`none`,viewBox:`0 0 5 5`,style:{width:O(e),height:O(e),...t},"aria-hidden":!0,...n,children:(0,J.jsx)(`circle`,{cx:`2.5`,cy:`2.5`,r:`2.5`,fill:`currentColor`})})}var Y=e(o(),1),xe=(0,Y.createContext)(null),Se=T((e=>{let{value:t,defaultValue:n,onChange:r,size:i,wrapperProps:a,children:o,name:s,readOnly:l,disabled:u,...d}=c(`RadioGroup`,null,e),f=b(s),[p,m]=ve({value:t,defaultValue:n,finalValue:``,onChange:r});return(0,J.jsx)(xe,{value:{value:p,onChange:e=>!l&&m(typeof e==`string`?e:e.currentTarget.value),size:i,name:f,disabled:u},children:(0,J.jsx)(_e.Wrapper,{size:i,...a,...d,labelElement:`div`,__staticSelector:`RadioGroup`,children:(0,J.jsx)(he,{role:`radiogroup`,children:o})})})}));Se.classes=_e.Wrapper.classes,Se.displayName=`@mantine/core/RadioGroup`;var Ce={card:`m_9dc8ae12`},we=(0,Y.createContext)(null),Te={withBorder:!0},Ee=E((e,{radius:t})=>({card:{"--card-radius":D(t)}})),X=n(e=>{let t=c(`RadioCard`,Te,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,checked:l,mod:d,withBorder:f,value:p,onClick:h,name:g,onKeyDown:_,attributes:v,...y}=t,b=m({name:`RadioCard`,classes:Ce,props:t,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:v,vars:s,varsResolver:Ee,rootSelector:`card`}),{dir:x}=ye(),S=(0,Y.use)(xe),C=typeof l==`boolean`?l:S?.value===p||!1,w=g||S?.name,T=e=>{if(_?.(e),w&&[`ArrowDown`,`ArrowUp`,`ArrowLeft`,`ArrowRight`].includes(e.nativeEvent.code)){e.preventDefault();let t=Array.from(document.querySelectorAll(`[role="radio"][name="${w}"]`)),n=t.findIndex(t=>t===e.target),r=n+1>=t.length?0:n+1,i=n-1<0?t.length-1:n-1;e.nativeEvent.code===`ArrowDown`&&(t[r].focus(),t[r].click()),e.nativeEvent.code===`ArrowUp`&&(t[i].focus(),t[i].click()),e.nativeEvent.code===`ArrowLeft`&&(t[x===`ltr`?i:r].focus(),t[x===`ltr`?i:r].click()),e.nativeEvent.code===`ArrowRight`&&(t[x===`ltr`?r:i].focus(),t[x===`ltr`?r:i].click())}};return(0,J.jsx)(we,{value:{checked:C},children:(0,J.jsx)(u,{mod:[{"with-border":f,checked:C},d],...b(`card`),...y,role:`radio`,"aria-checked":C,name:w,onClick:e=>{h?.(e),S?.onChange(p||``)},onKeyDown:T})})});X.displayName=`@mantine/core/RadioCard`,X.classes=Ce,X.varsResolver=Ee;var De={indicator:`m_717d7ff6`,icon:`m_3e4da632`,"indicator--outline":`m_2980836c`},Oe={icon:be},ke=E((e,{radius:t,color:n,size:r,iconColor:i,variant:a,autoContrast:o})=>{let s=w({color:n||e.primaryColor,theme:e}),c=s.isThemeColor&&s.shade===void 0?`var(--mantine-color-${s.color}-outline)`:s.color;return{indicator:{"--radio-size":_(r,`radio-size`),"--radio-radius":t===void 0?void 0:D(t),"--radio-color":a===`outline`?c:g(n,e),"--radio-icon-size":typeof r==`number`?`calc(${_(r,`radio-size`)} * 0.4)`:_(r,`radio-icon-size`),"--radio-icon-color":i?g(i,e):me(o,e)?ee({color:n,theme:e,autoContrast:o}):void 0}}}),Z=n(e=>{let t=c(`RadioIndicator`,Oe,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,icon:l,radius:u,color:d,iconColor:p,autoContrast:h,checked:g,mod:_,variant:v,disabled:y,attributes:b,...x}=t,S=m({name:`RadioIndicator`,classes:De,props:t,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:b,vars:s,varsResolver:ke,rootSelector:`indicator`}),C=(0,Y.use)(we),w=typeof g==`boolean`?g:C?.checked||!1;return(0,J.jsx)(f,{...S(`indicator`,{variant:v}),variant:v,mod:[{checked:w,disabled:y},_],...x,children:(0,J.jsx)(l,{...S(`icon`)})})});Z.displayName=`@mantine/core/RadioIndicator`,Z.classes=De,Z.varsResolver=ke;var Ae={root:`m_f3f1af94`,inner:`m_89c4f5e4`,icon:`m_f3ed6b2b`,radio:`m_8a3dbb89`,"radio--outline":`m_1bfe9d39`},je={labelPosition:`right`,withErrorStyles:!0},Me=E((e,{size:t,radius:n,color:r,iconColor:i,variant:a,autoContrast:o})=>{let s=w({color:r||e.primaryColor,theme:e}),c=s.isThemeColor&&s.shade===void 0?`var(--mantine-color-${s.color}-outline)`:s.color;return{root:{"--radio-size":_(t,`radio-size`),"--radio-radius":n===void 0?void 0:D(n),"--radio-color":a===`outline`?c:g(r,e),"--radio-icon-color":i?g(i,e):me(o,e)?ee({color:r,theme:e,autoContrast:o}):void 0,"--radio-icon-size":_(t,`radio-icon-size`)}}}),Q=n(e=>{let t=c(`Radio`,je,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,id:l,size:u,label:d,labelPosition:h,description:g,error:_,radius:v,color:y,variant:x,disabled:S,wrapperProps:C,icon:w=be,rootRef:T,iconColor:ee,onChange:E,mod:te,attributes:D,withErrorStyles:ne,checked:O,...k}=t,A=m({name:`Radio`,classes:Ae,props:t,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:D,vars:s,varsResolver:Me}),j=(0,Y.use)(xe),M=j?.size??u,N=t.size?u:M,{styleProps:re,rest:P}=p(k),F=b(l),I=[g?`${F}-description`:void 0,_&&typeof _!=`boolean`?`${F}-error`:void 0,P[`aria-describedby`]].filter(Boolean).join(` `)||void 0,L=j?j.value===P.value:void 0,R={checked:L??O,name:P.name??j?.name,onChange:e=>{j?.onChange(e),E?.(e)},disabled:j?.disabled??S};return(0,J.jsx)(ge,{...A(`root`),__staticSelector:`Radio`,__stylesApiProps:t,id:F,size:N,labelPosition:h,label:d,description:g,error:_,disabled:R.disabled,classNames:n,styles:a,unstyled:o,"data-checked":(L??O)||void 0,variant:x,ref:T,mod:te,attributes:D,...re,...C,children:(0,J.jsxs)(f,{...A(`inner`),mod:{"label-position":h},children:[(0,J.jsx)(f,{...A(`radio`,{focusable:!0,variant:x}),...P,...R,component:`input`,mod:{error:!!_,"with-error-styles":ne},id:F,type:`radio`,"aria-describedby":I}),(0,J.jsx)(w,{...A(`icon`),"aria-hidden":!0})]})})});Q.classes=Ae,Q.varsResolver=Me,Q.displayName=`@mantine/core/Radio`,Q.Group=Se,Q.Card=X,Q.Indicator=Z;var Ne=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`changePassword`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ChangePasswordPageMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ChangePasswordPageMutation`,selections:t},params:{cacheID:`f66a67dc3b7dbbd425fff5e6582fc9e9`,id:`e9fdfdf446713afa8119dafebf8bed143885a8db4ef5e3c1a96399fa97fb5b26`,metadata:{},name:`ChangePasswordPageMutation`,operationKind:`mutation`,text:`mutation ChangePasswordPageMutation(
  $input: ChangePasswordInput!
) {
  changePassword(input: $input) {
    user {
      id
      mustChangePassword
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();Ne.hash=`a826949adc295bef6b09d05463f13201`;var $=S();function Pe(){let{t:e}=x(`admin`),n=a(),[r,o]=(0,Y.useState)(``),[c,u]=(0,Y.useState)(``),[d,f]=(0,Y.useState)(``),[p,m]=(0,Y.useState)([]),[h,g]=(0,Y.useState)(!1),[_,v]=(0,$.useMutation)(Ne);function y(t){t.preventDefault(),g(!1),c===d?_({variables:{input:{currentPassword:r,newPassword:c}},onCompleted:({changePassword:e})=>{m(e.errors),e.errors.length===0&&(g(!0),o(``),u(``),f(``))},onError:()=>m(P(e(`network`)))}):m([{code:`VALIDATION`,message:e(`password.mismatch`),field:`repeat`}])}let{byField:b,general:S}=W(p,[`currentPassword`,`newPassword`,`repeat`]);return(0,J.jsxs)(s,{maw:480,children:[(0,J.jsx)(i,{order:1,children:e(`password.title`)}),(0,J.jsx)(l,{children:e(`password.help`)}),(0,J.jsx)(`form`,{onSubmit:y,noValidate:!0,children:(0,J.jsxs)(s,{children:[(0,J.jsx)(F,{errors:S}),(0,J.jsx)(A,{label:e(`password.current`),value:r,onChange:e=>o(e.currentTarget.value),error:b.currentPassword,"aria-invalid":!!b.currentPassword,type:`password`,autoComplete:`current-password`,required:!0}),(0,J.jsx)(A,{label:e(`password.new`),value:c,onChange:e=>u(e.currentTarget.value),error:b.newPassword,"aria-invalid":!!b.newPassword,type:`password`,autoComplete:`new-password`,required:!0}),(0,J.jsx)(A,{label:e(`password.repeat`),value:d,onChange:e=>f(e.currentTarget.value),error:b.repeat,"aria-invalid":!!b.repeat,type:`password`,autoComplete:`new-password`,required:!0}),h&&(0,J.jsxs)(k,{color:`green`,role:`status`,children:[e(`password.changed`),` `,(0,J.jsx)(t,{variant:`subtle`,size:`compact-sm`,onClick:()=>n(`/`),children:e(`password.home`)})]}),(0,J.jsx)(t,{type:`submit`,loading:v,w:`fit-content`,children:e(`password.save`)})]})})]})}var Fe=(function(){var e={defaultValue:null,kind:`LocalArgument`,name:`from`},t={defaultValue:null,kind:`LocalArgument`,name:`groupBy`},n={defaultValue:null,kind:`LocalArgument`,name:`to`},r=[{alias:null,args:null,kind:`ScalarField`,name:`key`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`bookableHours`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`bookedHours`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`usedHours`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`utilisation`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`requests`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`booked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShows`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowRate`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cancellations`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cancellationRate`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`meanLeadHours`,storageKey:null}],i=[{alias:null,args:[{kind:`Variable`,name:`from`,variableName:`from`},{kind:`Variable`,name:`groupBy`,variableName:`groupBy`},{kind:`Variable`,name:`to`,variableName:`to`}],concreteType:`UtilisationReport`,kind:`LinkedField`,name:`utilisationReport`,plural:!1,selections:[{alias:null,args:null,concreteType:`UtilisationRow`,kind:`LinkedField`,name:`rows`,plural:!0,selections:r,storageKey:null},{alias:null,args:null,concreteType:`UtilisationRow`,kind:`LinkedField`,name:`total`,plural:!1,selections:r,storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:[e,t,n],kind:`Fragment`,metadata:null,name:`UtilisationPageQuery`,selections:i,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[e,n,t],kind:`Operation`,name:`UtilisationPageQuery`,selections:i},params:{cacheID:`d3a087795edcb480113fcf283f00367e`,id:`9fd8ea2bb8c143f061a0f8dfdef35be855898a99725e3d7e8d8e89d3ecd69dde`,metadata:{},name:`UtilisationPageQuery`,operationKind:`query`,text:`query UtilisationPageQuery(
  $from: Date!
  $to: Date!
  $groupBy: ReportGroup!
) {
  utilisationReport(from: $from, to: $to, groupBy: $groupBy) {
    rows {
      key
      name
      bookableHours
      bookedHours
      usedHours
      utilisation
      requests
      booked
      noShows
      noShowRate
      cancellations
      cancellationRate
      meanLeadHours
    }
    total {
      key
      name
      bookableHours
      bookedHours
      usedHours
      utilisation
      requests
      booked
      noShows
      noShowRate
      cancellations
      cancellationRate
      meanLeadHours
    }
  }
}
`}}})();Fe.hash=`b12cb3e4c68a37342bf87132dda60230`;var Ie=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`ExportPayload`,kind:`LinkedField`,name:`createExport`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`expiresAt`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ExportsMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ExportsMutation`,selections:t},params:{cacheID:`f3b8a91062bee0516ee1775e73cc4fde`,id:`14ac06d83f5a2297b52844f382d866d0c14cae588811e2f32003a9b7f1aee430`,metadata:{},name:`ExportsMutation`,operationKind:`mutation`,text:`mutation ExportsMutation(
  $input: ExportInput!
) {
  createExport(input: $input) {
    url
    expiresAt
    errors {
      code
      message
      field
    }
  }
}
`}}})();Ie.hash=`f349b31e761fada4728d978437dab39c`;function Le(e){let t=document.createElement(`a`);t.href=e,t.rel=`noopener`,t.download=``,document.body.appendChild(t),t.click(),t.remove()}function Re({from:e,to:n,groupBy:i}){let{t:a}=x(`analytics`),[o,c]=(0,Y.useState)([]),[u,d]=(0,Y.useState)(null),[f,p]=(0,Y.useState)(null),[m]=(0,$.useMutation)(Ie);function h(t,r){let o=a(`export.${t}`,{format:r});p(o),m({variables:{input:{kind:t,format:r,from:e,to:n,groupBy:i,lang:y()}},onCompleted:({createExport:e})=>{p(null),c(e.errors),e.url&&(d({url:e.url,label:o}),Le(e.url))},onError:()=>{p(null),c(P(a(`network`)))}})}return(0,J.jsxs)(s,{gap:`xs`,children:[(0,J.jsx)(R,{gap:`xs`,children:[`UTILISATION`,`BOOKINGS`].flatMap(e=>[`CSV`,`XLSX`].map(n=>{let r=a(`export.${e}`,{format:n});return(0,J.jsx)(t,{variant:`light`,size:`sm`,loading:f===r,onClick:()=>h(e,n),children:r},r)}))}),(0,J.jsx)(F,{errors:o}),u&&(0,J.jsxs)(l,{size:`sm`,role:`status`,children:[a(`export.ready`),` `,(0,J.jsx)(r,{href:u.url,download:!0,children:u.label})]})]})}var ze=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`MonthlySummaryPayload`,kind:`LinkedField`,name:`requestMonthlySummary`,plural:!1,selections:[{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`MonthlySummaryMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`MonthlySummaryMutation`,selections:t},params:{cacheID:`c39a8f63ed4a41c05275542bc1d42d57`,id:`d5170abbac25cb4828944c4291b2d5ffd8eafc70c4c86263ad24f7915a12191b`,metadata:{},name:`MonthlySummaryMutation`,operationKind:`mutation`,text:`mutation MonthlySummaryMutation(
  $input: RequestMonthlySummaryInput!
) {
  requestMonthlySummary(input: $input) {
    document {
      status
      url
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();ze.hash=`59fad9000dc2ad2cb99b3c27eb8aa01a`;var Be=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`month`}],t=[{alias:null,args:[{kind:`Variable`,name:`month`,variableName:`month`}],concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`monthlySummary`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`MonthlySummaryQuery`,selections:t,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`MonthlySummaryQuery`,selections:t},params:{cacheID:`d400cf0e03d2056c62d80e1b6c5245a0`,id:`c8ac3f836ad0d3359a2a06148f391118847cfff1954f398b1e8d026ee9ff8790`,metadata:{},name:`MonthlySummaryQuery`,operationKind:`query`,text:`query MonthlySummaryQuery(
  $month: String!
) {
  monthlySummary(month: $month) {
    status
    url
  }
}
`}}})();Be.hash=`bc25179dec86c50e0b8a1b51e94cdf7c`;var Ve=Be;function He(){let[e,t]=se().split(`-`).map(Number);return t===1?`${e-1}-12`:`${e}-${String(t-1).padStart(2,`0`)}`}function Ue(){let{t:e}=x(`analytics`),n=(0,$.useRelayEnvironment)(),[a,o]=(0,Y.useState)(He()),[c,u]=(0,Y.useState)(null),[d,f]=(0,Y.useState)([]),[p,m]=(0,$.useMutation)(ze);(0,Y.useEffect)(()=>{if(c?.status!==`PENDING`)return;let e=setInterval(()=>{(0,$.fetchQuery)(n,Ve,{month:a},{fetchPolicy:`network-only`}).toPromise().then(e=>e&&e.monthlySummary.status!==`PENDING`&&u(e.monthlySummary)).catch(()=>void 0)},2e3);return()=>clearInterval(e)},[c?.status,n,a]);let{byField:h,general:g}=W(d,[`month`]);return(0,J.jsx)(ue,{withBorder:!0,children:(0,J.jsxs)(s,{children:[(0,J.jsx)(i,{order:2,size:`h4`,children:e(`monthly.title`)}),(0,J.jsx)(l,{size:`sm`,children:e(`monthly.help`)}),(0,J.jsx)(F,{errors:g}),(0,J.jsxs)(R,{align:`end`,children:[(0,J.jsx)(A,{type:`month`,label:e(`monthly.month`),value:a,onChange:e=>{o(e.currentTarget.value),u(null)},error:h.month}),(0,J.jsx)(t,{loading:m,onClick:()=>p({variables:{input:{month:a}},onCompleted:({requestMonthlySummary:e})=>{f(e.errors),u(e.document??null)},onError:()=>f(P(e(`network`)))}),children:e(`monthly.make`)})]}),c?.status===`READY`&&c.url&&(0,J.jsx)(r,{href:c.url,target:`_blank`,rel:`noopener`,download:!0,children:e(`monthly.download`,{month:a})}),c?.status===`PENDING`&&(0,J.jsx)(l,{size:`sm`,role:`status`,children:e(`monthly.pending`)}),c?.status===`FAILED`&&(0,J.jsx)(l,{size:`sm`,c:`red.9`,role:`alert`,children:e(`monthly.failed`)})]})})}var We=e=>e==null?`–`:`${Math.round(e*100)}%`,Ge=e=>e==null?`–`:e.toFixed(1);function Ke({rows:e,title:t}){let{t:n}=x(`analytics`),r=[...e].sort((e,t)=>t.bookedHours-e.bookedHours).slice(0,15),i=Math.max(1,...r.map(e=>Math.max(e.bookedHours,e.bookableHours??0))),a=e=>e/i*410,o=r.length*40+34;return(0,J.jsxs)(`svg`,{viewBox:`0 0 640 ${o}`,width:`100%`,role:`img`,"aria-label":t,style:{maxWidth:640},children:[(0,J.jsx)(`title`,{children:t}),r.map((e,t)=>{let n=8+t*40,r=e.name.length>24?`${e.name.slice(0,23)}…`:e.name;return(0,J.jsxs)(`g`,{children:[(0,J.jsx)(`text`,{x:0,y:n+14+2,fontSize:`12`,fill:`#212529`,children:r}),e.bookableHours!=null&&(0,J.jsx)(`rect`,{x:170,y:n,width:a(e.bookableHours),height:26,fill:`#e9ecef`}),(0,J.jsx)(`rect`,{x:170,y:n,width:a(e.bookedHours),height:12,fill:`#1971c2`}),(0,J.jsx)(`rect`,{x:170,y:n+14,width:a(e.usedHours),height:12,fill:`#2f9e44`}),(0,J.jsx)(`text`,{x:170+a(Math.max(e.bookedHours,e.bookableHours??0))+4,y:n+14+2,fontSize:`12`,fill:`#212529`,children:We(e.utilisation)})]},e.key)}),(0,J.jsx)(`text`,{x:170,y:o-6,fontSize:`12`,fill:`#212529`,children:n(`chartLegend`)})]})}function qe({from:e,to:t,groupBy:n}){let{t:r}=x(`analytics`),{rows:i,total:a}=(0,$.useLazyLoadQuery)(Fe,{from:e,to:t,groupBy:n},{fetchPolicy:`store-and-network`}).utilisationReport,o=[...i,a];return(0,J.jsxs)(s,{children:[i.length===0?(0,J.jsx)(l,{children:r(`empty`)}):(0,J.jsx)(Ke,{rows:i,title:r(`chartTitle`)}),(0,J.jsx)(j,{minWidth:900,children:(0,J.jsxs)(z,{striped:!0,children:[(0,J.jsx)(z.Thead,{children:(0,J.jsxs)(z.Tr,{children:[(0,J.jsx)(z.Th,{children:r(`group.${n}`)}),(0,J.jsx)(z.Th,{children:r(`bookable`)}),(0,J.jsx)(z.Th,{children:r(`booked`)}),(0,J.jsx)(z.Th,{children:r(`used`)}),(0,J.jsx)(z.Th,{children:r(`utilisation`)}),(0,J.jsx)(z.Th,{children:r(`requests`)}),(0,J.jsx)(z.Th,{children:r(`noShows`)}),(0,J.jsx)(z.Th,{children:r(`cancellations`)}),(0,J.jsx)(z.Th,{children:r(`lead`)})]})}),(0,J.jsx)(z.Tbody,{children:o.map(e=>(0,J.jsxs)(z.Tr,{fw:e.key===`*`?700:void 0,children:[(0,J.jsx)(z.Td,{children:e.key===`*`?r(`total`):e.name}),(0,J.jsx)(z.Td,{children:Ge(e.bookableHours)}),(0,J.jsx)(z.Td,{children:Ge(e.bookedHours)}),(0,J.jsx)(z.Td,{children:Ge(e.usedHours)}),(0,J.jsx)(z.Td,{children:We(e.utilisation)}),(0,J.jsx)(z.Td,{children:e.requests}),(0,J.jsxs)(z.Td,{children:[e.noShows,` (`,We(e.noShowRate),`)`]}),(0,J.jsxs)(z.Td,{children:[e.cancellations,` (`,We(e.cancellationRate),`)`]}),(0,J.jsx)(z.Td,{children:Ge(e.meanLeadHours)})]},e.key))})]})})]})}function Je(){let{t:e}=x(`analytics`),t=te(),n=se(),[a,o]=(0,Y.useState)(le(n,-30)),[c,u]=(0,Y.useState)(le(n,30)),[d,f]=(0,Y.useState)(`ROOM`),p=/^\d{4}-\d{2}-\d{2}$/.test(a)&&/^\d{4}-\d{2}-\d{2}$/.test(c)&&a<=c;return(0,J.jsxs)(s,{maw:1100,children:[(0,J.jsx)(i,{order:1,children:e(`title`)}),(0,J.jsxs)(l,{children:[e(`help`),` `,(0,J.jsx)(r,{component:ne,to:`/staff/service-levels`,children:e(`serviceLevels`)})]}),(0,J.jsxs)(R,{align:`end`,children:[(0,J.jsx)(A,{type:`date`,label:e(`from`),value:a,onChange:e=>o(e.currentTarget.value)}),(0,J.jsx)(A,{type:`date`,label:e(`to`),value:c,onChange:e=>u(e.currentTarget.value)}),(0,J.jsxs)(s,{gap:4,children:[(0,J.jsx)(l,{size:`sm`,fw:500,id:`group-by-label`,children:e(`groupBy`)}),(0,J.jsx)(ie,{"aria-labelledby":`group-by-label`,value:d,onChange:e=>f(e),data:[`ROOM`,`BUILDING`,`AGENCY`].map(t=>({value:t,label:e(`group.${t}`)}))})]})]}),p?(0,J.jsxs)(J.Fragment,{children:[(0,J.jsx)(Re,{from:a,to:c,groupBy:d}),(0,J.jsx)(Y.Suspense,{fallback:(0,J.jsx)(C,{}),children:(0,J.jsx)(qe,{from:a,to:c,groupBy:d})})]}):(0,J.jsx)(l,{c:`red.9`,role:`alert`,children:e(`badPeriod`)}),h(t,`LEADERSHIP`,`SERVICE_HEAD`,`ADMIN`)&&(0,J.jsx)(Ue,{})]})}var Ye=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`AgencyPayload`,kind:`LinkedField`,name:`renameAgency`,plural:!1,selections:[{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AgenciesAdminPageRenameMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AgenciesAdminPageRenameMutation`,selections:t},params:{cacheID:`f535d24bf7bb60483e7eabc60ce3cc04`,id:`172222d1381cb266a208ee64620c13f8813730d0cc3f221cd9521d9c730d2f91`,metadata:{},name:`AgenciesAdminPageRenameMutation`,operationKind:`mutation`,text:`mutation AgenciesAdminPageRenameMutation(
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
`}}})();Ye.hash=`48c2fd16ed09a3ab19f985cdf6778342`;var Xe=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},n=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`AgencyPayload`,kind:`LinkedField`,name:`createAgency`,plural:!1,selections:[{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AgenciesAdminPageCreateMutation`,selections:n,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AgenciesAdminPageCreateMutation`,selections:n},params:{cacheID:`0cf329a5733f4609e92da73018eac732`,id:`427ddbcc1e0a106105dc881a0a87eabff6215d042acd1aec11e9bb64041627ac`,metadata:{},name:`AgenciesAdminPageCreateMutation`,operationKind:`mutation`,text:`mutation AgenciesAdminPageCreateMutation(
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
`}}})();Xe.hash=`e7c0351a2acbf1aa52eb58136924b66d`;var Ze=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`AgencyPayload`,kind:`LinkedField`,name:`reactivateAgency`,plural:!1,selections:[{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AgenciesAdminPageReactivateMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AgenciesAdminPageReactivateMutation`,selections:t},params:{cacheID:`696e00090077fa6e728f1bdd1bc00da7`,id:`e28d900cbc00642a361f420448ba477f16011cbb95494cb07db932e7a64afecc`,metadata:{},name:`AgenciesAdminPageReactivateMutation`,operationKind:`mutation`,text:`mutation AgenciesAdminPageReactivateMutation(
  $input: AgencyIdInput!
) {
  reactivateAgency(input: $input) {
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
`}}})();Ze.hash=`b81714b93a3691f2d711544db084ebc5`;var Qe=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`AgencyPayload`,kind:`LinkedField`,name:`deactivateAgency`,plural:!1,selections:[{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AgenciesAdminPageDeactivateMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AgenciesAdminPageDeactivateMutation`,selections:t},params:{cacheID:`c39d7a29eff66f5d6fa2e86e2ebd3780`,id:`715bebc509950e299ddf67f057375c538675d4ad9500e8e9508575720745cd6b`,metadata:{},name:`AgenciesAdminPageDeactivateMutation`,operationKind:`mutation`,text:`mutation AgenciesAdminPageDeactivateMutation(
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
`}}})();Qe.hash=`4e4dde7c3365130b1d8094eece9d7971`;var $e=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`AgencyConnection`,kind:`LinkedField`,name:`agencies`,plural:!1,selections:[{alias:null,args:null,concreteType:`AgencyEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`agencies(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`AgenciesAdminPageQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`AgenciesAdminPageQuery`,selections:e},params:{cacheID:`74c8cfd142c22fac1d395f35437a7752`,id:`ecd2f197cca5838099922ff73cd722c0098c5a7dc560c74443426e855ca3486f`,metadata:{},name:`AgenciesAdminPageQuery`,operationKind:`query`,text:`query AgenciesAdminPageQuery {
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
`}}})();$e.hash=`5c4c4f66a61ef861e921e8d6b07861ba`;function et(){let{t:e}=x(`admin`),[n,r]=(0,Y.useState)(0),a=(0,$.useLazyLoadQuery)($e,{},{fetchPolicy:`store-and-network`,fetchKey:n}),[o,c]=(0,Y.useState)(null),[l,u]=(0,Y.useState)(null),[d,f]=(0,Y.useState)([]),[p,m]=(0,$.useMutation)(Qe),[h,g]=(0,$.useMutation)(Ze);return(0,J.jsxs)(s,{maw:900,children:[(0,J.jsxs)(R,{justify:`space-between`,children:[(0,J.jsx)(i,{order:1,children:e(`agencies.title`)}),(0,J.jsx)(t,{onClick:()=>c(`new`),children:e(`agencies.new`)})]}),(0,J.jsx)(F,{errors:d}),(0,J.jsx)(j,{minWidth:560,children:(0,J.jsxs)(z,{striped:!0,children:[(0,J.jsx)(z.Thead,{children:(0,J.jsxs)(z.Tr,{children:[(0,J.jsx)(z.Th,{children:e(`agencies.code`)}),(0,J.jsx)(z.Th,{children:e(`agencies.name`)}),(0,J.jsx)(z.Th,{children:e(`state`)}),(0,J.jsx)(z.Th,{children:e(`actions`)})]})}),(0,J.jsx)(z.Tbody,{children:a.agencies.edges.map(({node:n})=>(0,J.jsxs)(z.Tr,{children:[(0,J.jsx)(z.Td,{children:n.code}),(0,J.jsx)(z.Td,{children:n.name}),(0,J.jsx)(z.Td,{children:(0,J.jsx)(V,{color:n.isActive?`green`:`gray`,variant:`light`,c:`dark.8`,children:n.isActive?e(`active`):e(`inactive`)})}),(0,J.jsx)(z.Td,{children:(0,J.jsxs)(R,{gap:4,wrap:`nowrap`,children:[(0,J.jsx)(t,{size:`xs`,variant:`light`,onClick:()=>c(n),"aria-label":e(`agencies.renameNamed`,{name:n.name}),children:e(`agencies.rename`)}),n.isActive&&(0,J.jsx)(t,{size:`xs`,variant:`light`,color:`red`,onClick:()=>u(n),"aria-label":e(`deactivateNamed`,{name:n.name}),children:e(`deactivate`)}),!n.isActive&&(0,J.jsx)(t,{size:`xs`,variant:`light`,loading:g,"aria-label":e(`reactivateNamed`,{name:n.name}),onClick:()=>h({variables:{input:{agencyId:n.id}},onCompleted:e=>f(e.reactivateAgency.errors),onError:()=>f(P(e(`network`)))}),children:e(`reactivate`)})]})})]},n.id))})]})}),o&&(0,J.jsx)(tt,{agency:o===`new`?null:o,onClose:e=>{c(null),e&&r(e=>e+1)}}),l&&(0,J.jsx)(I,{opened:!0,onClose:()=>u(null),title:e(`deactivateNamed`,{name:l.name}),closeButtonProps:{"aria-label":e(`close`)},children:(0,J.jsxs)(s,{children:[e(`agencies.deactivateHelp`),(0,J.jsxs)(R,{justify:`flex-end`,children:[(0,J.jsx)(t,{variant:`default`,onClick:()=>u(null),children:e(`cancel`)}),(0,J.jsx)(t,{color:`red`,loading:m,onClick:()=>p({variables:{input:{agencyId:l.id}},onCompleted:e=>{f(e.deactivateAgency.errors),u(null)},onError:()=>f(P(e(`network`)))}),children:e(`deactivate`)})]})]})})]})}function tt({agency:e,onClose:n}){let{t:r}=x(`admin`),[i,a]=(0,Y.useState)(e?.code??``),[o,c]=(0,Y.useState)(e?.name??``),[l,u]=(0,Y.useState)([]),[d,f]=(0,$.useMutation)(Xe),[p,m]=(0,$.useMutation)(Ye);function h(t){t.preventDefault();let a=e=>{u(e),e.length===0&&n(!0)},s=()=>u(P(r(`network`)));e?p({variables:{input:{agencyId:e.id,name:o.trim()}},onCompleted:e=>a(e.renameAgency.errors),onError:s}):d({variables:{input:{code:i.trim(),name:o.trim()}},onCompleted:e=>a(e.createAgency.errors),onError:s})}let{byField:g,general:_}=W(l,[`code`,`name`]);return(0,J.jsx)(I,{opened:!0,onClose:()=>n(!1),title:e?r(`agencies.renameNamed`,{name:e.name}):r(`agencies.newTitle`),closeButtonProps:{"aria-label":r(`close`)},children:(0,J.jsx)(`form`,{onSubmit:h,noValidate:!0,children:(0,J.jsxs)(s,{children:[(0,J.jsx)(F,{errors:_}),(0,J.jsx)(A,{label:r(`agencies.code`),value:i,onChange:e=>a(e.currentTarget.value),error:g.code,disabled:!!e,required:!0}),(0,J.jsx)(A,{label:r(`agencies.name`),value:o,onChange:e=>c(e.currentTarget.value),error:g.name,required:!0,"data-autofocus":!0}),(0,J.jsxs)(R,{justify:`flex-end`,children:[(0,J.jsx)(t,{variant:`default`,onClick:()=>n(!1),children:r(`cancel`)}),(0,J.jsx)(t,{type:`submit`,loading:f||m,children:r(e?`save`:`agencies.create`)})]})]})})})}var nt=(function(){var e=[{defaultValue:25,kind:`LocalArgument`,name:`count`},{defaultValue:null,kind:`LocalArgument`,name:`cursor`},{defaultValue:null,kind:`LocalArgument`,name:`filter`}],t={kind:`Variable`,name:`filter`,variableName:`filter`},n=[{kind:`Variable`,name:`after`,variableName:`cursor`},t,{kind:`Variable`,name:`first`,variableName:`count`}],r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AuditPagePaginationQuery`,selections:[{args:[{kind:`Variable`,name:`count`,variableName:`count`},{kind:`Variable`,name:`cursor`,variableName:`cursor`},t],kind:`FragmentSpread`,name:`AuditPage_trail`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AuditPagePaginationQuery`,selections:[{alias:null,args:n,concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`auditTrail`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityId`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`before`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`after`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:n,filters:[`filter`],handle:`connection`,key:`AuditPage_auditTrail`,kind:`LinkedHandle`,name:`auditTrail`}]},params:{cacheID:`d67b1b1dad9b98506cc57db4c02205c4`,id:`942aae16af8bd0bd10dc4007389f2d360f533ce3d75d446b9d7094130868b313`,metadata:{},name:`AuditPagePaginationQuery`,operationKind:`query`,text:`query AuditPagePaginationQuery(
  $count: Int = 25
  $cursor: String
  $filter: AuditFilter
) {
  ...AuditPage_trail_3KQYpM
}

fragment AuditPage_trail_3KQYpM on Query {
  auditTrail(filter: $filter, first: $count, after: $cursor) {
    totalCount
    edges {
      node {
        id
        action
        entityType
        entityId
        before
        after
        note
        at
        actor {
          name
          id
        }
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
`}}})();nt.hash=`53a2e59e34918ac8f068ad853c750556`;var rt=(function(){var e=[`auditTrail`];return{argumentDefinitions:[{defaultValue:25,kind:`LocalArgument`,name:`count`},{defaultValue:null,kind:`LocalArgument`,name:`cursor`},{defaultValue:null,kind:`LocalArgument`,name:`filter`}],kind:`Fragment`,metadata:{connection:[{count:`count`,cursor:`cursor`,direction:`forward`,path:e}],refetch:{connection:{forward:{count:`count`,cursor:`cursor`},backward:null,path:e},fragmentPathInResult:[],operation:nt}},name:`AuditPage_trail`,selections:[{alias:`auditTrail`,args:[{kind:`Variable`,name:`filter`,variableName:`filter`}],concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`__AuditPage_auditTrail_connection`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityId`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`before`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`after`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Query`,abstractKey:null}})();rt.hash=`53a2e59e34918ac8f068ad853c750556`;var it=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`filter`}],t={kind:`Variable`,name:`filter`,variableName:`filter`},n=[t,{kind:`Literal`,name:`first`,value:25}],r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AuditPageTrailQuery`,selections:[{args:[t],kind:`FragmentSpread`,name:`AuditPage_trail`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AuditPageTrailQuery`,selections:[{alias:null,args:n,concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`auditTrail`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityId`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`before`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`after`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:n,filters:[`filter`],handle:`connection`,key:`AuditPage_auditTrail`,kind:`LinkedHandle`,name:`auditTrail`}]},params:{cacheID:`f974db9951780d88d63bc2bd1a8d8aeb`,id:`12bcd270d9d33f69b87473452616f5ffe12301d489e9d8a63babaecdcad5d452`,metadata:{},name:`AuditPageTrailQuery`,operationKind:`query`,text:`query AuditPageTrailQuery(
  $filter: AuditFilter
) {
  ...AuditPage_trail_Vt7Yj
}

fragment AuditPage_trail_Vt7Yj on Query {
  auditTrail(filter: $filter, first: 25) {
    totalCount
    edges {
      node {
        id
        action
        entityType
        entityId
        before
        after
        note
        at
        actor {
          name
          id
        }
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
`}}})();it.hash=`36c912b2a105620ae04f33e120629682`;var at=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`UserConnection`,kind:`LinkedField`,name:`users`,plural:!1,selections:[{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`users(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`AuditPageQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`AuditPageQuery`,selections:e},params:{cacheID:`8b7966ef4ee45e0a859eb1f413af1838`,id:`9dfa0da1a4ea420ceac4eeb9d81ad08a0b15bedbe50e7fd9b630ab65c313d5d2`,metadata:{},name:`AuditPageQuery`,operationKind:`query`,text:`query AuditPageQuery {
  users(first: 100) {
    edges {
      node {
        id
        nrk
        name
        roles
      }
    }
  }
}
`}}})();at.hash=`141c467786f3aa6ae9281573526c8965`;var ot=[`ROOM`,`EQUIPMENT`,`AGENCY`,`USER`,`CLOSURE`];function st(){let{t:e}=x(`admin`),[t,n]=(0,Y.useState)(null),[r,a]=(0,Y.useState)(null),[o,c]=(0,Y.useState)(``),[u,d]=(0,Y.useState)(``),f=(0,$.useLazyLoadQuery)(at,{}).users.edges.map(e=>e.node).filter(e=>e.roles.includes(`ADMIN`)).map(e=>({value:e.id,label:`${e.name} (${e.nrk})`})),p={entityType:t,actorId:r,since:o?ce(o,`00:00`):null,until:u?ce(le(u,1),`00:00`):null};return(0,J.jsxs)(s,{maw:1200,children:[(0,J.jsx)(i,{order:1,children:e(`audit.title`)}),(0,J.jsx)(l,{children:e(`audit.help`)}),(0,J.jsxs)(R,{align:`end`,children:[(0,J.jsx)(H,{label:e(`audit.entityType`),data:ot.map(t=>({value:t,label:e(`audit.types.${t}`)})),value:t,onChange:n,placeholder:e(`audit.any`),clearable:!0,w:200}),(0,J.jsx)(H,{label:e(`audit.actor`),data:f,value:r,onChange:a,placeholder:e(`audit.any`),clearable:!0,searchable:!0,w:260}),(0,J.jsx)(A,{type:`date`,label:e(`audit.since`),value:o,onChange:e=>c(e.currentTarget.value)}),(0,J.jsx)(A,{type:`date`,label:e(`audit.until`),value:u,onChange:e=>d(e.currentTarget.value)})]}),(0,J.jsx)(Y.Suspense,{fallback:(0,J.jsx)(C,{}),children:(0,J.jsx)(ct,{filter:p})})]})}function ct({filter:e}){let t=(0,$.useLazyLoadQuery)(it,{filter:e},{fetchPolicy:`network-only`});return(0,J.jsx)(lt,{trail:t})}function lt({trail:e}){let{t:n}=x(`admin`),r=U(),{data:i,hasNext:a,loadNext:o,isLoadingNext:c}=(0,$.usePaginationFragment)(rt,e),u=i.auditTrail.edges.map(e=>e.node);return(0,J.jsxs)(s,{children:[(0,J.jsx)(l,{children:n(`audit.count`,{count:i.auditTrail.totalCount,shown:u.length})}),(0,J.jsx)(j,{minWidth:900,children:(0,J.jsxs)(z,{striped:!0,children:[(0,J.jsx)(z.Thead,{children:(0,J.jsxs)(z.Tr,{children:[(0,J.jsx)(z.Th,{children:n(`audit.at`)}),(0,J.jsx)(z.Th,{children:n(`audit.actor`)}),(0,J.jsx)(z.Th,{children:n(`audit.action`)}),(0,J.jsx)(z.Th,{children:n(`audit.entity`)}),(0,J.jsx)(z.Th,{children:n(`audit.changes`)})]})}),(0,J.jsx)(z.Tbody,{children:u.map(e=>(0,J.jsxs)(z.Tr,{children:[(0,J.jsx)(z.Td,{children:B(e.at,r)}),(0,J.jsx)(z.Td,{children:e.actor?.name??`–`}),(0,J.jsx)(z.Td,{children:(0,J.jsx)(M,{children:e.action})}),(0,J.jsxs)(z.Td,{children:[n(`audit.types.${e.entityType}`,{defaultValue:e.entityType}),` #`,e.entityId]}),(0,J.jsx)(z.Td,{children:(0,J.jsxs)(s,{gap:0,children:[de(e.before,e.after).map(e=>(0,J.jsx)(l,{size:`xs`,style:{wordBreak:`break-word`},children:e},e)),e.note&&(0,J.jsx)(l,{size:`xs`,fs:`italic`,children:e.note})]})})]},e.id))})]})}),a&&(0,J.jsx)(t,{variant:`default`,loading:c,onClick:()=>o(25),w:`fit-content`,children:n(`loadMore`)})]})}var ut=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`ClosurePayload`,kind:`LinkedField`,name:`removeOfficeClosure`,plural:!1,selections:[{alias:null,args:null,concreteType:`OfficeClosure`,kind:`LinkedField`,name:`closure`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ClosuresPageRemoveMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ClosuresPageRemoveMutation`,selections:t},params:{cacheID:`2ebca492a7bcd7d3f0769e34b0f73580`,id:`d544e6ec80af7550ee9e57681b02179d733542135e368fdc1bbeb02f9cf9b699`,metadata:{},name:`ClosuresPageRemoveMutation`,operationKind:`mutation`,text:`mutation ClosuresPageRemoveMutation(
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
`}}})();ut.hash=`8bf24aa64ebeb275918c56ff3c22f4fc`;var dt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`ClosurePayload`,kind:`LinkedField`,name:`addOfficeClosure`,plural:!1,selections:[{alias:null,args:null,concreteType:`OfficeClosure`,kind:`LinkedField`,name:`closure`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`day`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`reason`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ClosuresPageAddMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ClosuresPageAddMutation`,selections:t},params:{cacheID:`145f16bef3399aabf79a8ff6388f3d13`,id:`dd51202ddb4304090a540726fb6349ed514b522897d5f6089c202c3b9db7b40b`,metadata:{},name:`ClosuresPageAddMutation`,operationKind:`mutation`,text:`mutation ClosuresPageAddMutation(
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
`}}})();dt.hash=`5af85724adfea017babe575e9dd5691d`;var ft=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`year`}],t=[{alias:null,args:[{kind:`Variable`,name:`year`,variableName:`year`}],concreteType:`OfficeClosure`,kind:`LinkedField`,name:`officeClosures`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`day`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`reason`,storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ClosuresPageQuery`,selections:t,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ClosuresPageQuery`,selections:t},params:{cacheID:`107637fa27d5c969854e78e522099418`,id:`bea4fae3623388cf2ffe88159a892df58d0b944f5ba603b8beb03b2eae2eeaf4`,metadata:{},name:`ClosuresPageQuery`,operationKind:`query`,text:`query ClosuresPageQuery(
  $year: Int
) {
  officeClosures(year: $year) {
    id
    day
    reason
  }
}
`}}})();ft.hash=`065b01651aa7daed4c751dd44eb45f72`;function pt(){let{t:e}=x(`admin`),n=U(),[r,a]=(0,Y.useState)(Number(se().slice(0,4))),[o,c]=(0,Y.useState)(0),u=(0,$.useLazyLoadQuery)(ft,{year:r},{fetchPolicy:`store-and-network`,fetchKey:o}),[d,f]=(0,Y.useState)(``),[p,m]=(0,Y.useState)(``),[h,g]=(0,Y.useState)([]),[_,v]=(0,$.useMutation)(dt),[y]=(0,$.useMutation)(ut);function b(t){t.preventDefault(),d?_({variables:{input:{day:d,reason:p.trim()}},onCompleted:({addOfficeClosure:e})=>{g(e.errors),e.errors.length===0&&(f(``),m(``),c(e=>e+1))},onError:()=>g(P(e(`network`)))}):g([{code:`VALIDATION`,message:e(`closures.dayRequired`),field:`day`}])}let{byField:S,general:C}=W(h,[`day`,`reason`]);return(0,J.jsxs)(s,{maw:900,children:[(0,J.jsx)(i,{order:1,children:e(`closures.title`)}),(0,J.jsx)(l,{children:e(`closures.help`)}),(0,J.jsx)(`form`,{onSubmit:b,noValidate:!0,children:(0,J.jsxs)(s,{children:[(0,J.jsx)(F,{errors:C}),(0,J.jsxs)(R,{align:`start`,children:[(0,J.jsx)(A,{type:`date`,label:e(`closures.day`),value:d,onChange:e=>f(e.currentTarget.value),error:S.day,required:!0}),(0,J.jsx)(A,{label:e(`closures.reason`),value:p,onChange:e=>m(e.currentTarget.value),error:S.reason,required:!0,w:320})]}),(0,J.jsx)(t,{type:`submit`,loading:v,w:`fit-content`,children:e(`closures.add`)})]})}),(0,J.jsx)(G,{label:e(`closures.year`),value:r,onChange:e=>a(Number(e)||r),min:2e3,max:2100,w:140}),u.officeClosures.length===0?(0,J.jsx)(l,{children:e(`closures.empty`)}):(0,J.jsxs)(z,{striped:!0,children:[(0,J.jsx)(z.Thead,{children:(0,J.jsxs)(z.Tr,{children:[(0,J.jsx)(z.Th,{children:e(`closures.day`)}),(0,J.jsx)(z.Th,{children:e(`closures.reason`)}),(0,J.jsx)(z.Th,{children:e(`actions`)})]})}),(0,J.jsx)(z.Tbody,{children:u.officeClosures.map(r=>(0,J.jsxs)(z.Tr,{children:[(0,J.jsx)(z.Td,{children:oe(`${r.day}T12:00:00+07:00`,n)}),(0,J.jsx)(z.Td,{children:r.reason}),(0,J.jsx)(z.Td,{children:(0,J.jsx)(t,{size:`xs`,variant:`light`,color:`red`,"aria-label":e(`closures.removeNamed`,{reason:r.reason}),onClick:()=>y({variables:{input:{closureId:r.id}},onCompleted:({removeOfficeClosure:e})=>{g(e.errors),c(e=>e+1)},onError:()=>g(P(e(`network`)))}),children:e(`closures.remove`)})})]},r.id))})]})]})}var mt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipmentItem`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`stock`,storageKey:null}],storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`peakQuantity`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`peakAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},l={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},u={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},d={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},f={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EquipmentAdminPageChangeStockMutation`,selections:[{alias:null,args:t,concreteType:`EquipmentPayload`,kind:`LinkedField`,name:`changeEquipmentStock`,plural:!1,selections:[r,i,a,{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`holdingBookings`,plural:!0,selections:[n,o,s,c,l,u,{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[d],storageKey:null}],storageKey:null},f],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EquipmentAdminPageChangeStockMutation`,selections:[{alias:null,args:t,concreteType:`EquipmentPayload`,kind:`LinkedField`,name:`changeEquipmentStock`,plural:!1,selections:[r,i,a,{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`holdingBookings`,plural:!0,selections:[n,o,s,c,l,u,{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[d,n],storageKey:null}],storageKey:null},f],storageKey:null}]},params:{cacheID:`56d65ba41a99182b11508851e2dee691`,id:`a67e4804a06314098597ea96270d5cf0b41b663247ebfb050856632e1673d001`,metadata:{},name:`EquipmentAdminPageChangeStockMutation`,operationKind:`mutation`,text:`mutation EquipmentAdminPageChangeStockMutation(
  $input: ChangeStockInput!
) {
  changeEquipmentStock(input: $input) {
    equipmentItem {
      id
      stock
    }
    peakQuantity
    peakAt
    holdingBookings {
      id
      reference
      title
      status
      startsAt
      endsAt
      agency {
        name
        id
      }
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();mt.hash=`1473a03a01bda74bb0d561e44322a847`;var ht=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},n=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`EquipmentPayload`,kind:`LinkedField`,name:`editEquipment`,plural:!1,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipmentItem`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`stock`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EquipmentAdminPageEditMutation`,selections:n,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EquipmentAdminPageEditMutation`,selections:n},params:{cacheID:`4414026bcd80e8257f5a6513e651dfd3`,id:`7f848c357ad3a8bfa52769696d74509142c1210930dfd5d401a9a8d210153423`,metadata:{},name:`EquipmentAdminPageEditMutation`,operationKind:`mutation`,text:`mutation EquipmentAdminPageEditMutation(
  $input: EditEquipmentInput!
) {
  editEquipment(input: $input) {
    equipmentItem {
      id
      code
      name
      unit
      stock
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();ht.hash=`207c965b9c4eb7f4cf48579528ae22b8`;var gt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},n=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`EquipmentPayload`,kind:`LinkedField`,name:`createEquipment`,plural:!1,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipmentItem`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`stock`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EquipmentAdminPageCreateMutation`,selections:n,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EquipmentAdminPageCreateMutation`,selections:n},params:{cacheID:`88d9eb4bcd70cb2c165d6562828ab832`,id:`9157dc5b3e76258813717887bf48eb6c67a8295cabcf9e5ba10fc183244ebd55`,metadata:{},name:`EquipmentAdminPageCreateMutation`,operationKind:`mutation`,text:`mutation EquipmentAdminPageCreateMutation(
  $input: CreateEquipmentInput!
) {
  createEquipment(input: $input) {
    equipmentItem {
      id
      code
      name
      unit
      stock
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();gt.hash=`7d4e59807bc365e889dcaf85820df495`;var _t=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`EquipmentItemConnection`,kind:`LinkedField`,name:`equipmentItems`,plural:!1,selections:[{alias:null,args:null,concreteType:`EquipmentItemEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`stock`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`equipmentItems(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`EquipmentAdminPageQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`EquipmentAdminPageQuery`,selections:e},params:{cacheID:`093dd815d98c9eb9c47db730ec743b41`,id:`13a2f4e8523588fe1b2162ddbdd4f27769f670f5207bae3596a7d00316cc55bf`,metadata:{},name:`EquipmentAdminPageQuery`,operationKind:`query`,text:`query EquipmentAdminPageQuery {
  equipmentItems(first: 100) {
    edges {
      node {
        id
        code
        name
        unit
        stock
      }
    }
  }
}
`}}})();_t.hash=`6bf3573e2f26b5b6522a6576354923e0`;function vt(){let{t:e}=x(`admin`),[n,r]=(0,Y.useState)(0),a=(0,$.useLazyLoadQuery)(_t,{},{fetchPolicy:`store-and-network`,fetchKey:n}),[o,c]=(0,Y.useState)(null),[l,u]=(0,Y.useState)(null);return(0,J.jsxs)(s,{maw:1e3,children:[(0,J.jsxs)(R,{justify:`space-between`,children:[(0,J.jsx)(i,{order:1,children:e(`equipment.title`)}),(0,J.jsx)(t,{onClick:()=>c(`new`),children:e(`equipment.new`)})]}),(0,J.jsx)(j,{minWidth:600,children:(0,J.jsxs)(z,{striped:!0,children:[(0,J.jsx)(z.Thead,{children:(0,J.jsxs)(z.Tr,{children:[(0,J.jsx)(z.Th,{children:e(`equipment.code`)}),(0,J.jsx)(z.Th,{children:e(`equipment.name`)}),(0,J.jsx)(z.Th,{children:e(`equipment.unit`)}),(0,J.jsx)(z.Th,{children:e(`equipment.stock`)}),(0,J.jsx)(z.Th,{children:e(`actions`)})]})}),(0,J.jsx)(z.Tbody,{children:a.equipmentItems.edges.map(({node:n})=>(0,J.jsxs)(z.Tr,{children:[(0,J.jsx)(z.Td,{children:n.code}),(0,J.jsx)(z.Td,{children:n.name}),(0,J.jsx)(z.Td,{children:n.unit}),(0,J.jsx)(z.Td,{children:n.stock}),(0,J.jsx)(z.Td,{children:(0,J.jsxs)(R,{gap:4,wrap:`nowrap`,children:[(0,J.jsx)(t,{size:`xs`,variant:`light`,onClick:()=>c(n),"aria-label":e(`editNamed`,{name:n.name}),children:e(`edit`)}),(0,J.jsx)(t,{size:`xs`,variant:`light`,onClick:()=>u(n),"aria-label":e(`equipment.changeStockNamed`,{name:n.name}),children:e(`equipment.changeStock`)})]})})]},n.id))})]})}),o&&(0,J.jsx)(yt,{item:o===`new`?null:o,onClose:e=>{c(null),e&&r(e=>e+1)}}),l&&(0,J.jsx)(bt,{item:l,onClose:()=>u(null)})]})}function yt({item:e,onClose:n}){let{t:r}=x(`admin`),[i,a]=(0,Y.useState)(e?.code??``),[o,c]=(0,Y.useState)(e?.name??``),[l,u]=(0,Y.useState)(e?.unit??``),[d,f]=(0,Y.useState)(e?.stock??1),[p,m]=(0,Y.useState)([]),[h,g]=(0,$.useMutation)(gt),[_,v]=(0,$.useMutation)(ht);function y(t){t.preventDefault();let a={code:i.trim(),name:o.trim(),unit:l.trim()},s=e=>{m(e),e.length===0&&n(!0)},c=()=>m(P(r(`network`)));e?_({variables:{input:{equipmentId:e.id,equipment:a}},onCompleted:e=>s(e.editEquipment.errors),onError:c}):h({variables:{input:{equipment:a,stock:d}},onCompleted:e=>s(e.createEquipment.errors),onError:c})}let{byField:b,general:S}=W(p,[`code`,`name`,`unit`,`stock`]);return(0,J.jsx)(I,{opened:!0,onClose:()=>n(!1),title:e?r(`equipment.editTitle`,{name:e.name}):r(`equipment.newTitle`),closeButtonProps:{"aria-label":r(`close`)},children:(0,J.jsx)(`form`,{onSubmit:y,noValidate:!0,children:(0,J.jsxs)(s,{children:[(0,J.jsx)(F,{errors:S}),(0,J.jsxs)(K,{cols:{base:1,xs:2},children:[(0,J.jsx)(A,{label:r(`equipment.code`),value:i,onChange:e=>a(e.currentTarget.value),error:b.code,required:!0,"data-autofocus":!0}),(0,J.jsx)(A,{label:r(`equipment.name`),value:o,onChange:e=>c(e.currentTarget.value),error:b.name,required:!0}),(0,J.jsx)(A,{label:r(`equipment.unit`),value:l,onChange:e=>u(e.currentTarget.value),error:b.unit,required:!0}),!e&&(0,J.jsx)(G,{label:r(`equipment.stock`),value:d,min:0,onChange:e=>f(Number(e)||0),error:b.stock})]}),(0,J.jsxs)(R,{justify:`flex-end`,children:[(0,J.jsx)(t,{variant:`default`,onClick:()=>n(!1),children:r(`cancel`)}),(0,J.jsx)(t,{type:`submit`,loading:g||v,children:r(e?`save`:`equipment.create`)})]})]})})})}function bt({item:e,onClose:n}){let{t:r}=x(`admin`),i=U(),[a,o]=(0,Y.useState)(e.stock),[c,l]=(0,Y.useState)([]),[u,d]=(0,Y.useState)(null),[f,p]=(0,$.useMutation)(mt);function m(t){t.preventDefault(),d(null),f({variables:{input:{equipmentId:e.id,stock:a}},onCompleted:({changeEquipmentStock:e})=>{l(e.errors),e.errors.some(e=>e.code===`EQUIPMENT_IN_USE`)?d({peak:e.peakQuantity??null,at:e.peakAt??null,bookings:e.holdingBookings}):e.errors.length===0&&n()},onError:()=>l(P(r(`network`)))})}let{byField:h,general:g}=W(c,[`stock`]);return(0,J.jsx)(I,{opened:!0,onClose:n,title:r(`equipment.stockTitle`,{name:e.name}),size:`xl`,closeButtonProps:{"aria-label":r(`close`)},children:(0,J.jsx)(`form`,{onSubmit:m,noValidate:!0,children:(0,J.jsxs)(s,{children:[(0,J.jsx)(F,{errors:g}),(0,J.jsx)(G,{label:r(`equipment.newStock`,{unit:e.unit}),value:a,min:0,onChange:e=>o(Number(e)||0),error:h.stock,maw:240,"data-autofocus":!0}),u&&(0,J.jsx)(k,{color:`orange`,title:r(`equipment.refusedTitle`),styles:re,children:u.at&&r(`equipment.peak`,{peak:u.peak,unit:e.unit,at:B(u.at,i)})}),u&&u.bookings.length>0&&(0,J.jsx)(L,{bookings:u.bookings,caption:r(`equipment.holding`)}),(0,J.jsxs)(R,{justify:`flex-end`,children:[(0,J.jsx)(t,{variant:`default`,onClick:n,children:r(`cancel`)}),(0,J.jsx)(t,{type:`submit`,loading:p,children:r(`equipment.saveStock`)})]})]})})})}var xt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`applied`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`line`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`outcome`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`agencyOutcome`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`changes`,storageKey:null},c=[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],l={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`error`,plural:!1,selections:c,storageKey:null},u={alias:null,args:null,kind:`ScalarField`,name:`temporaryPassword`,storageKey:null},d={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},f={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:c,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ImportPageMutation`,selections:[{alias:null,args:t,concreteType:`ImportDirectoryPayload`,kind:`LinkedField`,name:`importDirectory`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`ImportRow`,kind:`LinkedField`,name:`rows`,plural:!0,selections:[r,i,a,o,s,l,u,{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[d],storageKey:null}],storageKey:null},f],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ImportPageMutation`,selections:[{alias:null,args:t,concreteType:`ImportDirectoryPayload`,kind:`LinkedField`,name:`importDirectory`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`ImportRow`,kind:`LinkedField`,name:`rows`,plural:!0,selections:[r,i,a,o,s,l,u,{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[d,{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null}],storageKey:null},f],storageKey:null}]},params:{cacheID:`39ce0c95ebdf38911292833dc304c9c6`,id:`33e3e860dea8c176837d1a1854430c64dff81b723a11e28f677703e05e6681d3`,metadata:{},name:`ImportPageMutation`,operationKind:`mutation`,text:`mutation ImportPageMutation(
  $input: ImportDirectoryInput!
) {
  importDirectory(input: $input) {
    applied
    rows {
      line
      nrk
      outcome
      agencyOutcome
      changes
      error {
        code
        message
        field
      }
      temporaryPassword
      user {
        name
        id
      }
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();xt.hash=`907b562bde062df3321d6ac9d2624ff6`;var St={CREATED:`green`,UPDATED:`blue`,UNCHANGED:`gray`,REFUSED:`red`},Ct=`nrk;nama;email;kode_instansi;nama_instansi;peran
198001;Siti Aminah;siti@jakarta.go.id;DISKOMINFOTIK;Dinas Kominfotik;REQUESTER`;function wt(){let{t:e}=x(`admin`),[n,r]=(0,Y.useState)(null),[a,o]=(0,Y.useState)([]),[c,u]=(0,Y.useState)(null),[d,f]=(0,$.useMutation)(xt);function p(t){n?(o([]),d({variables:{input:{file:n,apply:t}},onCompleted:({importDirectory:e})=>{o(e.errors),u(e)},onError:()=>o(P(e(`network`)))})):o([{code:`VALIDATION`,message:e(`import.chooseFirst`),field:`file`}])}let{byField:m,general:h}=W(a,[`file`]),g=c?.rows.some(e=>e.outcome===`REFUSED`)??!1,_=c!==null&&!c.applied&&!g&&c.errors.length===0;return(0,J.jsxs)(s,{maw:1100,children:[(0,J.jsx)(i,{order:1,children:e(`import.title`)}),(0,J.jsx)(l,{children:e(`import.help`)}),(0,J.jsx)(M,{block:!0,children:Ct}),(0,J.jsx)(fe,{label:e(`import.file`),description:e(`import.fileHelp`),placeholder:e(`import.choose`),accept:`.csv,text/csv`,value:n,onChange:e=>{r(e),u(null)},error:m.file,maw:420}),(0,J.jsx)(F,{errors:h}),(0,J.jsxs)(R,{children:[(0,J.jsx)(t,{onClick:()=>p(!1),loading:f&&!_,variant:_?`light`:`filled`,children:e(`import.dryRun`)}),(0,J.jsx)(t,{onClick:()=>p(!0),disabled:!_,loading:f&&_,children:e(`import.apply`)})]}),c&&(0,J.jsxs)(J.Fragment,{children:[(0,J.jsx)(k,{color:c.applied?`green`:g?`red`:`blue`,role:`status`,styles:re,title:c.applied?e(`import.applied`):e(`import.dryRunDone`),children:c.applied?e(`import.appliedHelp`):e(g?`import.refusedHelp`:`import.readyHelp`)}),(0,J.jsx)(j,{minWidth:800,children:(0,J.jsxs)(z,{striped:!0,children:[(0,J.jsx)(z.Caption,{children:e(`import.rows`,{count:c.rows.length})}),(0,J.jsx)(z.Thead,{children:(0,J.jsxs)(z.Tr,{children:[(0,J.jsx)(z.Th,{children:e(`import.line`)}),(0,J.jsx)(z.Th,{children:e(`users.nrk`)}),(0,J.jsx)(z.Th,{children:e(`users.name`)}),(0,J.jsx)(z.Th,{children:e(`import.outcome`)}),(0,J.jsx)(z.Th,{children:e(`import.agency`)}),(0,J.jsx)(z.Th,{children:e(`import.details`)}),c.applied&&(0,J.jsx)(z.Th,{children:e(`import.password`)})]})}),(0,J.jsx)(z.Tbody,{children:c.rows.map(t=>(0,J.jsxs)(z.Tr,{children:[(0,J.jsx)(z.Td,{children:t.line}),(0,J.jsx)(z.Td,{children:t.nrk}),(0,J.jsx)(z.Td,{children:t.user?.name??``}),(0,J.jsx)(z.Td,{children:(0,J.jsx)(V,{color:St[t.outcome]??`gray`,variant:`light`,c:`dark.8`,children:e(`import.outcomes.${t.outcome}`)})}),(0,J.jsx)(z.Td,{children:t.agencyOutcome?e(`import.outcomes.${t.agencyOutcome}`):``}),(0,J.jsx)(z.Td,{children:t.error?(0,J.jsx)(l,{size:`sm`,c:`red.9`,children:t.error.message}):t.changes.join(`, `)}),c.applied&&(0,J.jsx)(z.Td,{children:t.temporaryPassword?(0,J.jsx)(M,{children:t.temporaryPassword}):``})]},t.line))})]})}),c.applied&&(0,J.jsx)(l,{size:`sm`,children:e(`onceHint`)})]})]})}var Tt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},a={alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[n,r,i,{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`facilities`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},l={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},u={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},d=[n,o,s,c,l,u,{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[i],storageKey:null}],f={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},p=[n,o,s,c,l,u,{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[i,n],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`RoomsAdminPageDeactivateMutation`,selections:[{alias:null,args:t,concreteType:`RoomPayload`,kind:`LinkedField`,name:`deactivateRoom`,plural:!1,selections:[a,{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`futureBookings`,plural:!0,selections:d,storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`rescheduled`,plural:!0,selections:d,storageKey:null},f],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`RoomsAdminPageDeactivateMutation`,selections:[{alias:null,args:t,concreteType:`RoomPayload`,kind:`LinkedField`,name:`deactivateRoom`,plural:!1,selections:[a,{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`futureBookings`,plural:!0,selections:p,storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`rescheduled`,plural:!0,selections:p,storageKey:null},f],storageKey:null}]},params:{cacheID:`bc6258cdc422637d3a7590c80edb9b4a`,id:`625226888929cb737c68e4909e2a4e38507e9c52b2fcca00afb736850e4f98fc`,metadata:{},name:`RoomsAdminPageDeactivateMutation`,operationKind:`mutation`,text:`mutation RoomsAdminPageDeactivateMutation(
  $input: DeactivateRoomInput!
) {
  deactivateRoom(input: $input) {
    room {
      id
      code
      name
      building
      floor
      capacity
      facilities
      description
      isActive
      noShowGraceMinutes
    }
    futureBookings {
      id
      reference
      title
      status
      startsAt
      endsAt
      agency {
        name
        id
      }
    }
    rescheduled {
      id
      reference
      title
      status
      startsAt
      endsAt
      agency {
        name
        id
      }
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();Tt.hash=`8cf98fb67f01c3a4f9e45bdae7e6ee77`;var Et=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},n=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RoomPayload`,kind:`LinkedField`,name:`editRoom`,plural:!1,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`facilities`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`RoomsAdminPageEditMutation`,selections:n,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`RoomsAdminPageEditMutation`,selections:n},params:{cacheID:`357f6f09a42b1ca8487dfd5072e036b5`,id:`c5eeaa6a88c8c67ffc7c5d20d37f534d92c3838cb170525b35317575f9ac0e0f`,metadata:{},name:`RoomsAdminPageEditMutation`,operationKind:`mutation`,text:`mutation RoomsAdminPageEditMutation(
  $input: EditRoomInput!
) {
  editRoom(input: $input) {
    room {
      id
      code
      name
      building
      floor
      capacity
      facilities
      description
      isActive
      noShowGraceMinutes
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();Et.hash=`b744f46ebda62492265880424df34644`;var Dt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},n=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RoomPayload`,kind:`LinkedField`,name:`createRoom`,plural:!1,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`facilities`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`RoomsAdminPageCreateMutation`,selections:n,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`RoomsAdminPageCreateMutation`,selections:n},params:{cacheID:`810e703e20c17f06b1d02587656413e6`,id:`5fefa5508f03e6f7074df8e29b9d71733f7ed621e3ffb1860c6ec7a8da068c49`,metadata:{},name:`RoomsAdminPageCreateMutation`,operationKind:`mutation`,text:`mutation RoomsAdminPageCreateMutation(
  $input: CreateRoomInput!
) {
  createRoom(input: $input) {
    room {
      id
      code
      name
      building
      floor
      capacity
      facilities
      description
      isActive
      noShowGraceMinutes
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();Dt.hash=`7975249ec710fc43614bed8a63c4598a`;var Ot=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},n=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RoomPayload`,kind:`LinkedField`,name:`reactivateRoom`,plural:!1,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`facilities`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`RoomsAdminPageReactivateMutation`,selections:n,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`RoomsAdminPageReactivateMutation`,selections:n},params:{cacheID:`ea10e7b04ff23a1a82a475f18f2928af`,id:`45eb32e147dc2c35857bf2e5900ea33b7ad328a13179b0d538f0898974f4ebc7`,metadata:{},name:`RoomsAdminPageReactivateMutation`,operationKind:`mutation`,text:`mutation RoomsAdminPageReactivateMutation(
  $input: RoomIdInput!
) {
  reactivateRoom(input: $input) {
    room {
      id
      code
      name
      building
      floor
      capacity
      facilities
      description
      isActive
      noShowGraceMinutes
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();Ot.hash=`7925533b4a3e8362473bb37942505701`;var kt=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`RoomConnection`,kind:`LinkedField`,name:`allRooms`,plural:!1,selections:[{alias:null,args:null,concreteType:`RoomEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`facilities`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`allRooms(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`RoomsAdminPageQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`RoomsAdminPageQuery`,selections:e},params:{cacheID:`5b0f49bd93f0f22a7ff31638dca00cf9`,id:`06c24e3bbba38d03e16fc6f2840b466beb8187007d481689b3e66275631ee6bd`,metadata:{},name:`RoomsAdminPageQuery`,operationKind:`query`,text:`query RoomsAdminPageQuery {
  allRooms(first: 100) {
    edges {
      node {
        id
        code
        name
        building
        floor
        capacity
        facilities
        description
        isActive
        noShowGraceMinutes
      }
    }
  }
}
`}}})();kt.hash=`36309bfe2579277c83002eb971aec1a3`;var At=[`code`,`name`,`building`,`floor`,`capacity`,`facilities`,`description`,`noShowGraceMinutes`];function jt(){let{t:e}=x(`admin`),[n,r]=(0,Y.useState)(0),a=(0,$.useLazyLoadQuery)(kt,{},{fetchPolicy:`store-and-network`,fetchKey:n}),[o,c]=(0,Y.useState)(null),[l,u]=(0,Y.useState)(null),[d]=(0,$.useMutation)(Ot),[f,p]=(0,Y.useState)([]),m=a.allRooms.edges.map(e=>e.node);return(0,J.jsxs)(s,{maw:1100,children:[(0,J.jsxs)(R,{justify:`space-between`,children:[(0,J.jsx)(i,{order:1,children:e(`rooms.title`)}),(0,J.jsx)(t,{onClick:()=>c(`new`),children:e(`rooms.new`)})]}),(0,J.jsx)(F,{errors:f}),(0,J.jsx)(j,{minWidth:720,children:(0,J.jsxs)(z,{striped:!0,children:[(0,J.jsx)(z.Thead,{children:(0,J.jsxs)(z.Tr,{children:[(0,J.jsx)(z.Th,{children:e(`rooms.code`)}),(0,J.jsx)(z.Th,{children:e(`rooms.name`)}),(0,J.jsx)(z.Th,{children:e(`rooms.building`)}),(0,J.jsx)(z.Th,{children:e(`rooms.floor`)}),(0,J.jsx)(z.Th,{children:e(`rooms.capacity`)}),(0,J.jsx)(z.Th,{children:e(`state`)}),(0,J.jsx)(z.Th,{children:e(`actions`)})]})}),(0,J.jsx)(z.Tbody,{children:m.map(n=>(0,J.jsxs)(z.Tr,{children:[(0,J.jsx)(z.Td,{children:n.code}),(0,J.jsx)(z.Td,{children:n.name}),(0,J.jsx)(z.Td,{children:n.building}),(0,J.jsx)(z.Td,{children:n.floor}),(0,J.jsx)(z.Td,{children:n.capacity}),(0,J.jsx)(z.Td,{children:(0,J.jsx)(V,{color:n.isActive?`green`:`gray`,variant:`light`,c:`dark.8`,children:n.isActive?e(`active`):e(`inactive`)})}),(0,J.jsx)(z.Td,{children:(0,J.jsxs)(R,{gap:4,wrap:`nowrap`,children:[(0,J.jsx)(t,{size:`xs`,variant:`light`,onClick:()=>c(n),"aria-label":e(`editNamed`,{name:n.name}),children:e(`edit`)}),n.isActive?(0,J.jsx)(t,{size:`xs`,variant:`light`,color:`red`,onClick:()=>u(n),"aria-label":e(`deactivateNamed`,{name:n.name}),children:e(`deactivate`)}):(0,J.jsx)(t,{size:`xs`,variant:`light`,"aria-label":e(`reactivateNamed`,{name:n.name}),onClick:()=>d({variables:{input:{roomId:n.id}},onCompleted:e=>p(e.reactivateRoom.errors),onError:()=>p(P(e(`network`)))}),children:e(`reactivate`)})]})})]},n.id))})]})}),o&&(0,J.jsx)(Mt,{room:o===`new`?null:o,onClose:e=>{c(null),e&&r(e=>e+1)}}),l&&(0,J.jsx)(Nt,{room:l,onClose:()=>u(null)})]})}function Mt({room:e,onClose:n}){let{t:r}=x(`admin`),[i,a]=(0,Y.useState)({code:e?.code??``,name:e?.name??``,building:e?.building??``,floor:e?.floor??``,capacity:e?.capacity??10,facilities:e?.facilities.join(`, `)??``,description:e?.description??``}),[o,c]=(0,Y.useState)(!e||e.noShowGraceMinutes!=null),[u,d]=(0,Y.useState)(e?.noShowGraceMinutes??15),[f,p]=(0,Y.useState)([]),[m,h]=(0,$.useMutation)(Dt),[g,_]=(0,$.useMutation)(Et);function v(t){t.preventDefault();let a={code:i.code.trim(),name:i.name.trim(),building:i.building.trim(),floor:i.floor.trim(),capacity:Number(i.capacity)||0,facilities:i.facilities.split(`,`).map(e=>e.trim()).filter(Boolean),description:i.description.trim()||null,noShowGraceMinutes:o?u:null},s=e=>{p(e),e.length===0&&n(!0)},c=()=>p(P(r(`network`)));e?g({variables:{input:{roomId:e.id,room:a}},onCompleted:e=>s(e.editRoom.errors),onError:c}):m({variables:{input:{room:a}},onCompleted:e=>s(e.createRoom.errors),onError:c})}let{byField:y,general:b}=W(f,At),S=e=>({label:r(`rooms.${e}`),value:String(i[e]),onChange:t=>{let n=t.currentTarget.value;a(t=>({...t,[e]:n}))},error:y[e]});return(0,J.jsx)(I,{opened:!0,onClose:()=>n(!1),title:e?r(`rooms.editTitle`,{name:e.name}):r(`rooms.newTitle`),size:`lg`,closeButtonProps:{"aria-label":r(`close`)},children:(0,J.jsx)(`form`,{onSubmit:v,noValidate:!0,children:(0,J.jsxs)(s,{children:[(0,J.jsx)(F,{errors:b}),(0,J.jsxs)(K,{cols:{base:1,xs:2},children:[(0,J.jsx)(A,{...S(`code`),required:!0,"data-autofocus":!0}),(0,J.jsx)(A,{...S(`name`),required:!0}),(0,J.jsx)(A,{...S(`building`),required:!0}),(0,J.jsx)(A,{...S(`floor`),required:!0})]}),(0,J.jsx)(G,{label:r(`rooms.capacity`),value:i.capacity,min:1,max:1e4,onChange:e=>a(t=>({...t,capacity:Number(e)||0})),error:y.capacity,maw:200,required:!0}),(0,J.jsxs)(s,{gap:`xs`,children:[(0,J.jsx)(q,{label:r(`rooms.checkInNeeded`),description:r(`rooms.checkInNeededHelp`),checked:o,onChange:e=>c(e.currentTarget.checked)}),o&&(0,J.jsx)(G,{label:r(`rooms.noShowGraceMinutes`),description:r(`rooms.noShowGraceHelp`),value:u,min:1,max:240,clampBehavior:`none`,onChange:e=>d(Number(e)||0),error:y.noShowGraceMinutes,maw:320,required:!0}),!o&&y.noShowGraceMinutes&&(0,J.jsx)(l,{c:`red.8`,size:`sm`,role:`alert`,children:y.noShowGraceMinutes})]}),(0,J.jsx)(A,{...S(`facilities`),description:r(`rooms.facilitiesHelp`)}),(0,J.jsx)(pe,{...S(`description`),autosize:!0,minRows:2}),(0,J.jsxs)(R,{justify:`flex-end`,children:[(0,J.jsx)(t,{variant:`default`,onClick:()=>n(!1),children:r(`cancel`)}),(0,J.jsx)(t,{type:`submit`,loading:h||_,children:r(e?`save`:`rooms.create`)})]})]})})})}function Nt({room:e,onClose:n}){let{t:r}=x(`admin`),[i,a]=(0,Y.useState)(`REFUSE`),[o,c]=(0,Y.useState)(``),[u,d]=(0,Y.useState)([]),[f,p]=(0,Y.useState)(null),[m,h]=(0,Y.useState)(null),[g,_]=(0,$.useMutation)(Tt);function v(t){t.preventDefault(),f&&i===`REFUSE`?n():g({variables:{input:{roomId:e.id,futureBookings:f?i:`REFUSE`,reason:o.trim()||null}},onCompleted:({deactivateRoom:e})=>{let t=e.errors.some(e=>e.code===`ROOM_IN_USE`);d(t?[]:e.errors),t?p(e.futureBookings):e.errors.length===0&&(e.rescheduled.length?h(e.rescheduled):n())},onError:()=>d(P(r(`network`)))})}let{byField:y,general:b}=W(u,[`reason`]);return(0,J.jsx)(I,{opened:!0,onClose:n,title:r(`rooms.deactivateTitle`,{name:e.name}),size:`xl`,closeButtonProps:{"aria-label":r(`close`)},children:m?(0,J.jsxs)(s,{children:[(0,J.jsx)(L,{bookings:m,caption:r(`rooms.moved`,{count:m.length})}),(0,J.jsx)(t,{onClick:n,w:`fit-content`,children:r(`close`)})]}):(0,J.jsx)(`form`,{onSubmit:v,noValidate:!0,children:(0,J.jsxs)(s,{children:[(0,J.jsx)(F,{errors:b}),f===null?(0,J.jsx)(l,{children:r(`rooms.deactivateHelp`)}):(0,J.jsxs)(J.Fragment,{children:[(0,J.jsx)(L,{bookings:f,caption:r(`rooms.inUse`,{count:f.length})}),(0,J.jsx)(Q.Group,{label:r(`rooms.choice`),value:i,onChange:e=>a(e),children:(0,J.jsxs)(s,{gap:`xs`,mt:`xs`,children:[(0,J.jsx)(Q,{value:`REFUSE`,label:r(`rooms.keep`)}),(0,J.jsx)(Q,{value:`RESCHEDULE`,label:r(`rooms.reschedule`)})]})})]}),(f===null||i===`RESCHEDULE`)&&(0,J.jsx)(pe,{label:r(`rooms.reason`),description:r(`rooms.reasonHelp`),value:o,onChange:e=>c(e.currentTarget.value),error:y.reason,autosize:!0,minRows:2}),(0,J.jsxs)(R,{justify:`flex-end`,children:[(0,J.jsx)(t,{variant:`default`,onClick:n,children:r(`cancel`)}),(0,J.jsx)(t,{type:`submit`,color:`red`,loading:_,children:r(f&&i===`REFUSE`?`rooms.keepButton`:`deactivate`)})]})]})})})}var Pt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`reactivateUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageReactivateMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageReactivateMutation`,selections:t},params:{cacheID:`b51504d114e13fb9c2113b9b549ce4ce`,id:`ef7ffa71912ef274f1f54c6badfbcc7854d876d9379e7abe0f367058316e11a7`,metadata:{},name:`UsersAdminPageReactivateMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageReactivateMutation(
  $input: UserIdInput!
) {
  reactivateUser(input: $input) {
    user {
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
`}}})();Pt.hash=`f7b010be2cf282ad83e85075f67288f4`;var Ft=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`PasswordResetLinkPayload`,kind:`LinkedField`,name:`createPasswordResetLink`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`resetLink`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`expiresAt`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageResetLinkMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageResetLinkMutation`,selections:t},params:{cacheID:`eb5a236e63958f165e0227bb189fbdb2`,id:`592292283ee9b6a2312a6ef915cedd996e0773803462392c09ba8aea5bd4fc32`,metadata:{},name:`UsersAdminPageResetLinkMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageResetLinkMutation(
  $input: PasswordResetLinkInput!
) {
  createPasswordResetLink(input: $input) {
    resetLink
    expiresAt
    errors {
      code
      message
      field
    }
  }
}
`}}})();Ft.hash=`ff707711adaf65b731ac36c33eb5a62f`;var It=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`resetUserPassword`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`temporaryPassword`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageResetMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageResetMutation`,selections:t},params:{cacheID:`7e6555424c252b73043eb2aa8d923b71`,id:`26670f858505347abd8bde05887cd2cb6afa280782a1ba0d70607763472bd358`,metadata:{},name:`UsersAdminPageResetMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageResetMutation(
  $input: UserIdInput!
) {
  resetUserPassword(input: $input) {
    user {
      id
      mustChangePassword
    }
    temporaryPassword
    errors {
      code
      message
      field
    }
  }
}
`}}})();It.hash=`111f98c07d697cc3652fa083eaf0b260`;var Lt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`deactivateUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageDeactivateMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageDeactivateMutation`,selections:t},params:{cacheID:`2721cb7ad0622f2bd56dd452bc3d11a2`,id:`4aa4755844735cfc64a38235809f76a45749bc64621e941cfa10056746f84552`,metadata:{},name:`UsersAdminPageDeactivateMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageDeactivateMutation(
  $input: UserIdInput!
) {
  deactivateUser(input: $input) {
    user {
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
`}}})();Lt.hash=`827d07000ea51d5b57fdb19026025429`;var Rt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},r=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`changeUserAccess`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},n,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[t,n],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageAccessMutation`,selections:r,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageAccessMutation`,selections:r},params:{cacheID:`a44cc099e9c8b74e3344cf9094c1914c`,id:`dd6df186690c49032833131be3b57339545f357d19247c0700e92d805d51a705`,metadata:{},name:`UsersAdminPageAccessMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageAccessMutation(
  $input: ChangeUserAccessInput!
) {
  changeUserAccess(input: $input) {
    user {
      id
      nrk
      name
      email
      roles
      isActive
      mustChangePassword
      lockedUntil
      agency {
        id
        name
      }
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();Rt.hash=`2f34b12aa94c1785fbc457fb23b92d82`;var zt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`createUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`temporaryPassword`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageCreateMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageCreateMutation`,selections:t},params:{cacheID:`5be5f07712784de3550980ecc57936e5`,id:`08a991f20cb06609c1ea87ebec2c36844c4e0d33e32ea33797b7ad003d4df677`,metadata:{},name:`UsersAdminPageCreateMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageCreateMutation(
  $input: CreateUserInput!
) {
  createUser(input: $input) {
    user {
      id
      name
    }
    temporaryPassword
    errors {
      code
      message
      field
    }
  }
}
`}}})();zt.hash=`035a7eb6cc770abd837043bdfdc5b91d`;var Bt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`unlockUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageUnlockMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageUnlockMutation`,selections:t},params:{cacheID:`1d208b0f77f979f8daa648ef95231da3`,id:`d46a4cf4b76c79921ff355688d3b1fccd1ab51e50e9d9d41ec67f4eef530c070`,metadata:{},name:`UsersAdminPageUnlockMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageUnlockMutation(
  $input: UserIdInput!
) {
  unlockUser(input: $input) {
    user {
      id
      lockedUntil
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();Bt.hash=`a3ae53dcfcb0f3f5169fd101f457c414`;var Vt=(function(){var e=[{defaultValue:30,kind:`LocalArgument`,name:`count`},{defaultValue:null,kind:`LocalArgument`,name:`cursor`},{defaultValue:null,kind:`LocalArgument`,name:`filter`}],t={kind:`Variable`,name:`filter`,variableName:`filter`},n=[{kind:`Variable`,name:`after`,variableName:`cursor`},t,{kind:`Variable`,name:`first`,variableName:`count`}],r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPagePaginationQuery`,selections:[{args:[{kind:`Variable`,name:`count`,variableName:`count`},{kind:`Variable`,name:`cursor`,variableName:`cursor`},t],kind:`FragmentSpread`,name:`UsersAdminPage_users`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPagePaginationQuery`,selections:[{alias:null,args:n,concreteType:`UserConnection`,kind:`LinkedField`,name:`users`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},i,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:n,filters:[`filter`],handle:`connection`,key:`UsersAdminPage_users`,kind:`LinkedHandle`,name:`users`}]},params:{cacheID:`b183fab9a8242516d14a4e8f4c8c35c0`,id:`2d9a3a9f243479482eb3801f4cfb7c8063b0019d8c7ed5fa791b99880b0f50d6`,metadata:{},name:`UsersAdminPagePaginationQuery`,operationKind:`query`,text:`query UsersAdminPagePaginationQuery(
  $count: Int = 30
  $cursor: String
  $filter: UserFilter
) {
  ...UsersAdminPage_users_3KQYpM
}

fragment UsersAdminPage_users_3KQYpM on Query {
  users(filter: $filter, first: $count, after: $cursor) {
    totalCount
    edges {
      node {
        id
        nrk
        name
        email
        roles
        isActive
        mustChangePassword
        lockedUntil
        agency {
          id
          name
        }
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
`}}})();Vt.hash=`6e1bc30627ab11547f2007ef8fc55945`;var Ht=(function(){var e=[`users`],t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{argumentDefinitions:[{defaultValue:30,kind:`LocalArgument`,name:`count`},{defaultValue:null,kind:`LocalArgument`,name:`cursor`},{defaultValue:null,kind:`LocalArgument`,name:`filter`}],kind:`Fragment`,metadata:{connection:[{count:`count`,cursor:`cursor`,direction:`forward`,path:e}],refetch:{connection:{forward:{count:`count`,cursor:`cursor`},backward:null,path:e},fragmentPathInResult:[],operation:Vt}},name:`UsersAdminPage_users`,selections:[{alias:`users`,args:[{kind:`Variable`,name:`filter`,variableName:`filter`}],concreteType:`UserConnection`,kind:`LinkedField`,name:`__UsersAdminPage_users_connection`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},n,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[t,n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Query`,abstractKey:null}})();Ht.hash=`6e1bc30627ab11547f2007ef8fc55945`;var Ut=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`filter`}],t={kind:`Variable`,name:`filter`,variableName:`filter`},n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},a={alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`AgencyConnection`,kind:`LinkedField`,name:`agencies`,plural:!1,selections:[{alias:null,args:null,concreteType:`AgencyEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`node`,plural:!1,selections:[n,r,i],storageKey:null}],storageKey:null}],storageKey:`agencies(first:100)`},o=[t,{kind:`Literal`,name:`first`,value:30}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageQuery`,selections:[{args:[t],kind:`FragmentSpread`,name:`UsersAdminPage_users`},a],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageQuery`,selections:[{alias:null,args:o,concreteType:`UserConnection`,kind:`LinkedField`,name:`users`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},r,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},i,{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:o,filters:[`filter`],handle:`connection`,key:`UsersAdminPage_users`,kind:`LinkedHandle`,name:`users`},a]},params:{cacheID:`66f0d42d89de3ce028fdf35ac00e59a2`,id:`cc5ca930640229c26a9026d40dfeba831856ddc7828dc3f7983313a6fb442764`,metadata:{},name:`UsersAdminPageQuery`,operationKind:`query`,text:`query UsersAdminPageQuery(
  $filter: UserFilter
) {
  ...UsersAdminPage_users_Vt7Yj
  agencies(first: 100) {
    edges {
      node {
        id
        name
        isActive
      }
    }
  }
}

fragment UsersAdminPage_users_Vt7Yj on Query {
  users(filter: $filter, first: 30) {
    totalCount
    edges {
      node {
        id
        nrk
        name
        email
        roles
        isActive
        mustChangePassword
        lockedUntil
        agency {
          id
          name
        }
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
`}}})();Ut.hash=`4621c16bdec4d437b6c0d83030c6bf4c`;var Wt=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`UsersAdminPage_user`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[e,t],storageKey:null}],type:`User`,abstractKey:null}})();Wt.hash=`d8d1d145b67fe1bc9afa8ae3eed78332`;var Gt=[`REQUESTER`,`SERVICE_OFFICER`,`SERVICE_HEAD`,`EQUIPMENT_HEAD`,`LEADERSHIP`,`ADMIN`];function Kt(){let{t:e}=x(`admin`),[n,r]=(0,Y.useState)(``),[a,o]=(0,Y.useState)(`all`),[c,l]=(0,Y.useState)(0),u={search:(0,Y.useDeferredValue)(n.trim())||null,active:a===`all`?null:a===`active`},d=(0,$.useLazyLoadQuery)(Ut,{filter:u},{fetchPolicy:`store-and-network`,fetchKey:c}),f=d.agencies.edges.map(e=>e.node),[p,m]=(0,Y.useState)(!1);return(0,J.jsxs)(s,{maw:1200,children:[(0,J.jsxs)(R,{justify:`space-between`,children:[(0,J.jsx)(i,{order:1,children:e(`users.title`)}),(0,J.jsx)(t,{onClick:()=>m(!0),children:e(`users.new`)})]}),(0,J.jsxs)(R,{align:`end`,children:[(0,J.jsx)(A,{label:e(`users.search`),description:e(`users.searchHelp`),value:n,onChange:e=>r(e.currentTarget.value),type:`search`,w:280}),(0,J.jsx)(H,{label:e(`users.show`),data:[{value:`all`,label:e(`users.all`)},{value:`active`,label:e(`active`)},{value:`inactive`,label:e(`inactive`)}],value:a,onChange:e=>o(e??`all`),allowDeselect:!1,w:180})]}),(0,J.jsx)(qt,{users:d,agencies:f}),p&&(0,J.jsx)(Xt,{agencies:f,onClose:e=>{m(!1),e&&l(e=>e+1)}})]})}function qt({users:e,agencies:n}){let{t:r}=x(`admin`),i=U(),{data:a,hasNext:o,loadNext:c,isLoadingNext:u}=(0,$.usePaginationFragment)(Ht,e),[d,f]=(0,Y.useState)(null),[p,m]=(0,Y.useState)([]),[h]=(0,$.useMutation)(Bt),[g,_]=(0,Y.useState)(null);return(0,J.jsxs)(s,{children:[(0,J.jsx)(l,{children:r(`users.count`,{count:a.users.totalCount})}),(0,J.jsx)(F,{errors:p}),g&&(0,J.jsx)(l,{role:`status`,c:`dark.8`,children:r(`users.unlocked`,{name:g})}),(0,J.jsx)(j,{minWidth:900,children:(0,J.jsxs)(z,{striped:!0,children:[(0,J.jsx)(z.Thead,{children:(0,J.jsxs)(z.Tr,{children:[(0,J.jsx)(z.Th,{children:r(`users.nrk`)}),(0,J.jsx)(z.Th,{children:r(`users.name`)}),(0,J.jsx)(z.Th,{children:r(`users.agency`)}),(0,J.jsx)(z.Th,{children:r(`users.roles`)}),(0,J.jsx)(z.Th,{children:r(`state`)}),(0,J.jsx)(z.Th,{children:r(`actions`)})]})}),(0,J.jsx)(z.Tbody,{children:a.users.edges.map(({node:e})=>(0,J.jsxs)(z.Tr,{children:[(0,J.jsx)(z.Td,{children:e.nrk}),(0,J.jsx)(z.Td,{children:e.name}),(0,J.jsx)(z.Td,{children:e.agency?.name??`–`}),(0,J.jsx)(z.Td,{children:e.roles.map(e=>r(`common:role.${e}`)).join(`, `)}),(0,J.jsx)(z.Td,{children:(0,J.jsxs)(R,{gap:4,children:[(0,J.jsx)(V,{color:e.isActive?`green`:`gray`,variant:`light`,c:`dark.8`,children:e.isActive?r(`active`):r(`inactive`)}),e.lockedUntil&&(0,J.jsx)(V,{color:`red`,variant:`light`,c:`dark.8`,children:r(`users.locked`,{time:ae(e.lockedUntil,i)})}),e.mustChangePassword&&(0,J.jsx)(V,{color:`yellow`,variant:`light`,c:`dark.8`,children:r(`users.mustChange`)})]})}),(0,J.jsxs)(z.Td,{children:[e.isActive&&(0,J.jsxs)(R,{gap:4,wrap:`nowrap`,children:[(0,J.jsx)(t,{size:`xs`,variant:`light`,onClick:()=>f({kind:`access`,user:e}),"aria-label":r(`users.accessNamed`,{name:e.name}),children:r(`users.access`)}),e.lockedUntil&&(0,J.jsx)(t,{size:`xs`,variant:`light`,"aria-label":r(`users.unlockNamed`,{name:e.name}),onClick:()=>{_(null),h({variables:{input:{userId:e.id}},onCompleted:t=>{m(t.unlockUser.errors),t.unlockUser.errors.length===0&&_(e.name)},onError:()=>m(P(r(`network`)))})},children:r(`users.unlock`)}),(0,J.jsx)(t,{size:`xs`,variant:`light`,onClick:()=>f({kind:`reset`,user:e}),"aria-label":r(`users.resetNamed`,{name:e.name}),children:r(`users.reset`)}),(0,J.jsx)(t,{size:`xs`,variant:`light`,onClick:()=>f({kind:`link`,user:e}),"aria-label":r(`users.resetLinkNamed`,{name:e.name}),children:r(`users.resetLink`)}),(0,J.jsx)(t,{size:`xs`,variant:`light`,color:`red`,onClick:()=>f({kind:`deactivate`,user:e}),"aria-label":r(`deactivateNamed`,{name:e.name}),children:r(`deactivate`)})]}),!e.isActive&&(0,J.jsx)(t,{size:`xs`,variant:`light`,onClick:()=>f({kind:`reactivate`,user:e}),"aria-label":r(`reactivateNamed`,{name:e.name}),children:r(`reactivate`)})]})]},e.id))})]})}),o&&(0,J.jsx)(t,{variant:`default`,loading:u,onClick:()=>c(30),w:`fit-content`,children:r(`loadMore`)}),d?.kind===`access`&&(0,J.jsx)(Zt,{user:d.user,agencies:n,onClose:()=>f(null)}),d?.kind===`deactivate`&&(0,J.jsx)(Qt,{user:d.user,onClose:()=>f(null)}),d?.kind===`reset`&&(0,J.jsx)($t,{user:d.user,onClose:()=>f(null)}),d?.kind===`link`&&(0,J.jsx)(en,{user:d.user,onClose:()=>f(null)}),d?.kind===`reactivate`&&(0,J.jsx)(tn,{user:d.user,onClose:()=>f(null)})]})}function Jt({value:e,onChange:t,error:n}){let{t:r}=x(`admin`);return(0,J.jsx)(q.Group,{label:r(`users.roles`),value:e,onChange:t,error:n,withAsterisk:!0,children:(0,J.jsx)(K,{cols:{base:1,xs:2},mt:`xs`,children:Gt.map(e=>(0,J.jsx)(q,{value:e,label:r(`common:role.${e}`)},e))})})}function Yt(e){return e.filter(e=>e.isActive).map(e=>({value:e.id,label:e.name}))}function Xt({agencies:e,onClose:n}){let{t:r}=x(`admin`),[i,a]=(0,Y.useState)(``),[o,c]=(0,Y.useState)(``),[l,u]=(0,Y.useState)(``),[d,f]=(0,Y.useState)(null),[p,m]=(0,Y.useState)([`REQUESTER`]),[h,g]=(0,Y.useState)(`id`),[_,v]=(0,Y.useState)([]),[y,b]=(0,Y.useState)(null),[S,C]=(0,$.useMutation)(zt);function w(e){e.preventDefault(),S({variables:{input:{nrk:i.trim(),name:o.trim(),email:l.trim()||null,agencyId:d,roles:p,language:h}},onCompleted:({createUser:e})=>{v(e.errors),e.errors.length===0&&b(e.temporaryPassword??``)},onError:()=>v(P(r(`network`)))})}let{byField:T,general:ee}=W(_,[`nrk`,`name`,`email`,`agencyId`,`roles`,`language`]);return(0,J.jsx)(I,{opened:!0,onClose:()=>n(y!==null),title:r(`users.newTitle`),size:`lg`,closeButtonProps:{"aria-label":r(`close`)},children:y===null?(0,J.jsx)(`form`,{onSubmit:w,noValidate:!0,children:(0,J.jsxs)(s,{children:[(0,J.jsx)(F,{errors:ee}),(0,J.jsxs)(K,{cols:{base:1,xs:2},children:[(0,J.jsx)(A,{label:r(`users.nrk`),value:i,onChange:e=>a(e.currentTarget.value),error:T.nrk,inputMode:`numeric`,required:!0,"data-autofocus":!0}),(0,J.jsx)(A,{label:r(`users.name`),value:o,onChange:e=>c(e.currentTarget.value),error:T.name,required:!0}),(0,J.jsx)(A,{label:r(`users.email`),type:`email`,value:l,onChange:e=>u(e.currentTarget.value),error:T.email}),(0,J.jsx)(H,{label:r(`users.agency`),data:Yt(e),value:d,onChange:f,error:T.agencyId,searchable:!0,clearable:!0}),(0,J.jsx)(H,{label:r(`users.language`),data:[{value:`id`,label:`Bahasa Indonesia`},{value:`en`,label:`English`}],value:h,onChange:e=>g(e??`id`),allowDeselect:!1,error:T.language})]}),(0,J.jsx)(Jt,{value:p,onChange:m,error:T.roles}),(0,J.jsxs)(R,{justify:`flex-end`,children:[(0,J.jsx)(t,{variant:`default`,onClick:()=>n(!1),children:r(`cancel`)}),(0,J.jsx)(t,{type:`submit`,loading:C,children:r(`users.create`)})]})]})}):(0,J.jsxs)(s,{children:[(0,J.jsx)(N,{label:r(`users.created`,{name:o}),value:y}),(0,J.jsx)(t,{onClick:()=>n(!0),w:`fit-content`,children:r(`done`)})]})})}function Zt({user:e,agencies:n,onClose:r}){let{t:i}=x(`admin`),[a,o]=(0,Y.useState)([...e.roles]),[c,l]=(0,Y.useState)(e.agency?.id??null),[u,d]=(0,Y.useState)([]),[f,p]=(0,$.useMutation)(Rt);function m(t){t.preventDefault();let n=a.length===e.roles.length&&a.every(t=>e.roles.includes(t)),o=e.agency?.id??null;f({variables:{input:{userId:e.id,roles:n?null:a,agencyId:c===o?null:c,clearAgency:c===null&&o!==null}},onCompleted:({changeUserAccess:e})=>{d(e.errors),e.errors.length===0&&r()},onError:()=>d(P(i(`network`)))})}let{byField:h,general:g}=W(u,[`roles`,`agencyId`]);return(0,J.jsx)(I,{opened:!0,onClose:r,title:i(`users.accessNamed`,{name:e.name}),size:`lg`,closeButtonProps:{"aria-label":i(`close`)},children:(0,J.jsx)(`form`,{onSubmit:m,noValidate:!0,children:(0,J.jsxs)(s,{children:[(0,J.jsx)(F,{errors:g}),(0,J.jsx)(Jt,{value:a,onChange:o,error:h.roles}),(0,J.jsx)(H,{label:i(`users.agency`),data:Yt(n),value:c,onChange:l,error:h.agencyId,searchable:!0,clearable:!0}),(0,J.jsxs)(R,{justify:`flex-end`,children:[(0,J.jsx)(t,{variant:`default`,onClick:r,children:i(`cancel`)}),(0,J.jsx)(t,{type:`submit`,loading:p,children:i(`save`)})]})]})})})}function Qt({user:e,onClose:n}){let{t:r}=x(`admin`),[i,a]=(0,Y.useState)([]),[o,c]=(0,$.useMutation)(Lt);return(0,J.jsx)(I,{opened:!0,onClose:n,title:r(`deactivateNamed`,{name:e.name}),closeButtonProps:{"aria-label":r(`close`)},children:(0,J.jsxs)(s,{children:[(0,J.jsx)(F,{errors:i}),(0,J.jsx)(l,{children:r(`users.deactivateHelp`,{name:e.name,nrk:e.nrk})}),(0,J.jsxs)(R,{justify:`flex-end`,children:[(0,J.jsx)(t,{variant:`default`,onClick:n,children:r(`cancel`)}),(0,J.jsx)(t,{color:`red`,loading:c,onClick:()=>o({variables:{input:{userId:e.id}},onCompleted:({deactivateUser:e})=>{a(e.errors),e.errors.length===0&&n()},onError:()=>a(P(r(`network`)))}),children:r(`deactivate`)})]})]})})}function $t({user:e,onClose:n}){let{t:r}=x(`admin`),[i,a]=(0,Y.useState)([]),[o,c]=(0,Y.useState)(null),[u,d]=(0,$.useMutation)(It);return(0,J.jsx)(I,{opened:!0,onClose:n,title:r(`users.resetNamed`,{name:e.name}),closeButtonProps:{"aria-label":r(`close`)},children:(0,J.jsxs)(s,{children:[(0,J.jsx)(F,{errors:i}),o===null?(0,J.jsxs)(J.Fragment,{children:[(0,J.jsx)(l,{children:r(`users.resetHelp`)}),(0,J.jsxs)(R,{justify:`flex-end`,children:[(0,J.jsx)(t,{variant:`default`,onClick:n,children:r(`cancel`)}),(0,J.jsx)(t,{loading:d,onClick:()=>u({variables:{input:{userId:e.id}},onCompleted:({resetUserPassword:e})=>{a(e.errors),e.errors.length===0&&c(e.temporaryPassword??``)},onError:()=>a(P(r(`network`)))}),children:r(`users.reset`)})]})]}):(0,J.jsxs)(J.Fragment,{children:[(0,J.jsx)(N,{label:r(`users.newPassword`,{name:e.name}),value:o}),(0,J.jsx)(t,{onClick:n,w:`fit-content`,children:r(`done`)})]})]})})}function en({user:e,onClose:n}){let{t:r}=x(`admin`),i=U(),[a,o]=(0,Y.useState)([]),[c,u]=(0,Y.useState)(null),[d,f]=(0,$.useMutation)(Ft);return(0,J.jsx)(I,{opened:!0,onClose:n,title:r(`users.resetLinkNamed`,{name:e.name}),size:`lg`,closeButtonProps:{"aria-label":r(`close`)},children:(0,J.jsxs)(s,{children:[(0,J.jsx)(F,{errors:a}),c?(0,J.jsxs)(J.Fragment,{children:[(0,J.jsx)(N,{label:r(`users.resetLinkMade`,{name:e.name,time:c.expiresAt?B(c.expiresAt,i):`–`}),value:c.url}),(0,J.jsx)(t,{onClick:n,w:`fit-content`,children:r(`done`)})]}):(0,J.jsxs)(J.Fragment,{children:[(0,J.jsx)(l,{children:r(`users.resetLinkHelp`)}),(0,J.jsxs)(R,{justify:`flex-end`,children:[(0,J.jsx)(t,{variant:`default`,onClick:n,children:r(`cancel`)}),(0,J.jsx)(t,{loading:f,onClick:()=>d({variables:{input:{userId:e.id}},onCompleted:({createPasswordResetLink:e})=>{o(e.errors),e.errors.length===0&&u({url:e.resetLink??``,expiresAt:e.expiresAt??null})},onError:()=>o(P(r(`network`)))}),children:r(`users.resetLinkMake`)})]})]})]})})}function tn({user:e,onClose:n}){let{t:r}=x(`admin`),[i,a]=(0,Y.useState)([]),[o,c]=(0,$.useMutation)(Pt);return(0,J.jsx)(I,{opened:!0,onClose:n,title:r(`reactivateNamed`,{name:e.name}),closeButtonProps:{"aria-label":r(`close`)},children:(0,J.jsxs)(s,{children:[(0,J.jsx)(F,{errors:i}),(0,J.jsx)(l,{children:r(`users.reactivateHelp`,{name:e.name,nrk:e.nrk})}),(0,J.jsxs)(R,{justify:`flex-end`,children:[(0,J.jsx)(t,{variant:`default`,onClick:n,children:r(`cancel`)}),(0,J.jsx)(t,{loading:c,onClick:()=>o({variables:{input:{userId:e.id}},onCompleted:({reactivateUser:e})=>{a(e.errors),e.errors.length===0&&n()},onError:()=>a(P(r(`network`)))}),children:r(`reactivate`)})]})]})})}var nn=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RetryWebhookDeliveriesPayload`,kind:`LinkedField`,name:`retryWebhookDeliveries`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requeued`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`WebhooksAdminPageRetryMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`WebhooksAdminPageRetryMutation`,selections:t},params:{cacheID:`83460b37fdc8b6efa06ffe589660cb34`,id:`d378ead9f1bac24105f039d62845e3f03591fea85d4e37e4e821b28d4e1c1dc3`,metadata:{},name:`WebhooksAdminPageRetryMutation`,operationKind:`mutation`,text:`mutation WebhooksAdminPageRetryMutation(
  $input: RetryWebhookDeliveriesInput!
) {
  retryWebhookDeliveries(input: $input) {
    requeued
    errors {
      code
      message
      field
    }
  }
}
`}}})();nn.hash=`0ea55e98cf5c7a73c428b42e129133e7`;var rn=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`endpointId`}],t=[{alias:null,args:[{kind:`Variable`,name:`endpointId`,variableName:`endpointId`},{kind:`Literal`,name:`first`,value:20}],concreteType:`WebhookDeliveryConnection`,kind:`LinkedField`,name:`webhookDeliveries`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`WebhookDeliveryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`WebhookDelivery`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`messageId`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`eventType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`attemptCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`nextAttemptAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`sentAt`,storageKey:null},{alias:null,args:null,concreteType:`WebhookAttempt`,kind:`LinkedField`,name:`attempts`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`statusCode`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`response`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`error`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`durationMs`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`WebhooksAdminPageDeliveriesQuery`,selections:t,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`WebhooksAdminPageDeliveriesQuery`,selections:t},params:{cacheID:`3d47ffe5dcb9f3c1f6676e73e1bf4812`,id:`047cc17a338fc63ac8eaf03946f80db13622067110b11cb62f7ee8281fb5034a`,metadata:{},name:`WebhooksAdminPageDeliveriesQuery`,operationKind:`query`,text:`query WebhooksAdminPageDeliveriesQuery(
  $endpointId: ID!
) {
  webhookDeliveries(endpointId: $endpointId, first: 20) {
    totalCount
    edges {
      node {
        id
        messageId
        eventType
        status
        attemptCount
        nextAttemptAt
        createdAt
        sentAt
        attempts {
          at
          statusCode
          response
          error
          durationMs
        }
      }
    }
  }
}
`}}})();rn.hash=`e478500cbd636e22a5a89aae6c22f0fc`;var an=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`DeleteWebhookEndpointPayload`,kind:`LinkedField`,name:`deleteWebhookEndpoint`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`deletedEndpointId`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`WebhooksAdminPageDeleteMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`WebhooksAdminPageDeleteMutation`,selections:t},params:{cacheID:`bacb711ebddc8f123f5bec0db6e7ffca`,id:`7873f4cbd0c50665b02aa4f81bd9157f3bb075ed37f4484881626f3daa48217e`,metadata:{},name:`WebhooksAdminPageDeleteMutation`,operationKind:`mutation`,text:`mutation WebhooksAdminPageDeleteMutation(
  $input: WebhookEndpointIdInput!
) {
  deleteWebhookEndpoint(input: $input) {
    deletedEndpointId
    errors {
      code
      message
      field
    }
  }
}
`}}})();an.hash=`39669a389e138f6adcd990389b34da81`;var on=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`WebhookEndpointPayload`,kind:`LinkedField`,name:`editWebhookEndpoint`,plural:!1,selections:[{alias:null,args:null,concreteType:`WebhookEndpoint`,kind:`LinkedField`,name:`endpoint`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`eventTypes`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`secret`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`WebhooksAdminPageEditMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`WebhooksAdminPageEditMutation`,selections:t},params:{cacheID:`fb02935d9b37a6d99803514982d23735`,id:`b76b61e0a673650d1c65b8c72684493f19b5b66bddcaa6afa4061d866aa1af50`,metadata:{},name:`WebhooksAdminPageEditMutation`,operationKind:`mutation`,text:`mutation WebhooksAdminPageEditMutation(
  $input: EditWebhookEndpointInput!
) {
  editWebhookEndpoint(input: $input) {
    endpoint {
      id
      url
      description
      eventTypes
    }
    secret
    errors {
      code
      message
      field
    }
  }
}
`}}})();on.hash=`ec181ad7a508db33443fce571cc4b1e9`;var sn=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`WebhookEndpointPayload`,kind:`LinkedField`,name:`createWebhookEndpoint`,plural:!1,selections:[{alias:null,args:null,concreteType:`WebhookEndpoint`,kind:`LinkedField`,name:`endpoint`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`secret`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`WebhooksAdminPageCreateMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`WebhooksAdminPageCreateMutation`,selections:t},params:{cacheID:`f4b1caad918594ef31b288a80f3dcfda`,id:`0e23dcc64ee06cd840ea3730b45aadb74456b4f2adc6413677c11d18fbb1f446`,metadata:{},name:`WebhooksAdminPageCreateMutation`,operationKind:`mutation`,text:`mutation WebhooksAdminPageCreateMutation(
  $input: CreateWebhookEndpointInput!
) {
  createWebhookEndpoint(input: $input) {
    endpoint {
      id
    }
    secret
    errors {
      code
      message
      field
    }
  }
}
`}}})();sn.hash=`14261c555475e5c6472766d5b99d3a49`;var cn=(function(){var e={defaultValue:null,kind:`LocalArgument`,name:`enable`},t={defaultValue:null,kind:`LocalArgument`,name:`input`},n=[{kind:`Variable`,name:`input`,variableName:`input`}],r=[{alias:null,args:null,concreteType:`WebhookEndpoint`,kind:`LinkedField`,name:`endpoint`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`disabledReason`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`disabledAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`consecutiveFailures`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],i=[{condition:`enable`,kind:`Condition`,passingValue:!0,selections:[{alias:null,args:n,concreteType:`WebhookEndpointPayload`,kind:`LinkedField`,name:`enableWebhookEndpoint`,plural:!1,selections:r,storageKey:null}]},{condition:`enable`,kind:`Condition`,passingValue:!1,selections:[{alias:null,args:n,concreteType:`WebhookEndpointPayload`,kind:`LinkedField`,name:`disableWebhookEndpoint`,plural:!1,selections:r,storageKey:null}]}];return{fragment:{argumentDefinitions:[e,t],kind:`Fragment`,metadata:null,name:`WebhooksAdminPageEnableMutation`,selections:i,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[t,e],kind:`Operation`,name:`WebhooksAdminPageEnableMutation`,selections:i},params:{cacheID:`4e38ebdc2d7610dab6db9453d4c908d1`,id:`9f163350657cd33b61e14cd318bbe38fc5fb2e0e730d7b9c2e411da400475616`,metadata:{},name:`WebhooksAdminPageEnableMutation`,operationKind:`mutation`,text:`mutation WebhooksAdminPageEnableMutation(
  $input: WebhookEndpointIdInput!
  $enable: Boolean!
) {
  enableWebhookEndpoint(input: $input) @include(if: $enable) {
    endpoint {
      id
      isActive
      disabledReason
      disabledAt
      consecutiveFailures
    }
    errors {
      code
      message
      field
    }
  }
  disableWebhookEndpoint(input: $input) @skip(if: $enable) {
    endpoint {
      id
      isActive
      disabledReason
      disabledAt
      consecutiveFailures
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();cn.hash=`3631986436a643069f41ce929963b438`;var ln=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`WebhookEndpointConnection`,kind:`LinkedField`,name:`webhookEndpoints`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`WebhookEndpointEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`WebhookEndpoint`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`eventTypes`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`disabledReason`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`disabledAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`consecutiveFailures`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`webhookEndpoints(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`WebhooksAdminPageQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`WebhooksAdminPageQuery`,selections:e},params:{cacheID:`a425ac486387a2a3d54a2af91ca059da`,id:`296819420dc601b979b044a76a084e78ffaa7ce23d32a853855240b74be85bcb`,metadata:{},name:`WebhooksAdminPageQuery`,operationKind:`query`,text:`query WebhooksAdminPageQuery {
  webhookEndpoints(first: 100) {
    totalCount
    edges {
      node {
        id
        url
        description
        eventTypes
        isActive
        disabledReason
        disabledAt
        consecutiveFailures
        createdAt
      }
    }
  }
}
`}}})();ln.hash=`cd7a3390211f4f6c21f3b0ef6e3777cf`;var un=[`BOOKING_STATUS_CHANGED`,`BOOKING_SCHEDULE_CHANGED`,`BOOKING_CANCELLED`,`REPORT_SUBMITTED`];function dn(){let{t:e}=x(`webhooks`),[n,r]=(0,Y.useState)(0),a=()=>r(e=>e+1),o=(0,$.useLazyLoadQuery)(ln,{},{fetchPolicy:`store-and-network`,fetchKey:n}),[c,u]=(0,Y.useState)(null),[d,f]=(0,Y.useState)(null),[p,m]=(0,Y.useState)(null),h=o.webhookEndpoints.edges.map(e=>e.node);return(0,J.jsxs)(s,{maw:1200,children:[(0,J.jsxs)(R,{justify:`space-between`,children:[(0,J.jsx)(i,{order:1,children:e(`title`)}),(0,J.jsx)(t,{onClick:()=>u(`new`),children:e(`new`)})]}),(0,J.jsx)(l,{children:e(`help`)}),h.length===0?(0,J.jsx)(l,{children:e(`none`)}):(0,J.jsx)(fn,{endpoints:h,open:p,onOpen:m,onEdit:u,onDelete:f}),c&&(0,J.jsx)(pn,{endpoint:c===`new`?null:c,onClose:e=>{u(null),e&&a()}}),d&&(0,J.jsx)(mn,{endpoint:d,onClose:e=>{f(null),e&&a()}})]})}function fn({endpoints:e,open:n,onOpen:r,onEdit:i,onDelete:a}){let{t:o}=x(`webhooks`),c=U(),[u,f]=(0,Y.useState)([]),[p,m]=(0,$.useMutation)(cn);return(0,J.jsxs)(s,{children:[(0,J.jsx)(F,{errors:u}),(0,J.jsx)(j,{minWidth:900,children:(0,J.jsxs)(z,{striped:!0,children:[(0,J.jsx)(z.Thead,{children:(0,J.jsxs)(z.Tr,{children:[(0,J.jsx)(z.Th,{children:o(`url`)}),(0,J.jsx)(z.Th,{children:o(`events`)}),(0,J.jsx)(z.Th,{children:o(`state`)}),(0,J.jsx)(z.Th,{children:o(`failures`)}),(0,J.jsx)(z.Th,{children:o(`actions`)})]})}),(0,J.jsx)(z.Tbody,{children:e.map(e=>(0,J.jsxs)(Y.Fragment,{children:[(0,J.jsxs)(z.Tr,{children:[(0,J.jsxs)(z.Td,{children:[(0,J.jsx)(l,{size:`sm`,style:{wordBreak:`break-all`},children:e.url}),e.description&&(0,J.jsx)(l,{size:`xs`,c:`dark.6`,children:e.description})]}),(0,J.jsx)(z.Td,{children:(0,J.jsx)(l,{size:`sm`,children:e.eventTypes.map(e=>o(`event.${e}`)).join(`, `)})}),(0,J.jsxs)(z.Td,{children:[(0,J.jsx)(V,{color:e.isActive?`green`:`gray`,variant:`light`,c:`dark.8`,children:e.isActive?o(`active`):o(`disabled`)}),!e.isActive&&(0,J.jsxs)(l,{size:`xs`,c:`dark.6`,children:[o(`reason.${e.disabledReason===`FAILURES`?`FAILURES`:`ADMIN`}`),e.disabledAt?` · ${B(e.disabledAt,c)}`:``]})]}),(0,J.jsx)(z.Td,{children:e.consecutiveFailures}),(0,J.jsx)(z.Td,{children:(0,J.jsxs)(R,{gap:4,wrap:`nowrap`,children:[(0,J.jsx)(t,{size:`xs`,variant:`light`,onClick:()=>r(n===e.id?null:e.id),"aria-expanded":n===e.id,"aria-label":o(`deliveriesOf`,{url:e.url}),children:o(`deliveries`)}),(0,J.jsx)(t,{size:`xs`,variant:`light`,onClick:()=>i(e),"aria-label":o(`editOf`,{url:e.url}),children:o(`edit`)}),(0,J.jsx)(t,{size:`xs`,variant:`light`,loading:m,"aria-label":o(e.isActive?`disableOf`:`enableOf`,{url:e.url}),onClick:()=>p({variables:{input:{endpointId:e.id},enable:!e.isActive},onCompleted:e=>f((e.enableWebhookEndpoint??e.disableWebhookEndpoint)?.errors??[]),onError:()=>f(P(o(`admin:network`)))}),children:e.isActive?o(`disable`):o(`enable`)}),(0,J.jsx)(t,{size:`xs`,variant:`light`,color:`red`,onClick:()=>a(e),"aria-label":o(`deleteOf`,{url:e.url}),children:o(`delete`)})]})})]}),n===e.id&&(0,J.jsx)(z.Tr,{children:(0,J.jsx)(z.Td,{colSpan:5,children:(0,J.jsx)(Y.Suspense,{fallback:(0,J.jsx)(d,{size:`sm`,"aria-label":o(`loading`)}),children:(0,J.jsx)(hn,{endpointId:e.id})})})})]},e.id))})]})})]})}function pn({endpoint:e,onClose:n}){let{t:r}=x(`webhooks`),[i,a]=(0,Y.useState)(e?.url??``),[o,c]=(0,Y.useState)(e?.description??``),[l,u]=(0,Y.useState)(e?[...e.eventTypes]:[...un]),[d,f]=(0,Y.useState)(!1),[p,m]=(0,Y.useState)([]),[h,g]=(0,Y.useState)(null),[_,v]=(0,$.useMutation)(sn),[y,b]=(0,$.useMutation)(on);function S(t){t.preventDefault();let a={url:i.trim(),description:o.trim(),eventTypes:l},s=(e,t)=>{m(e),e.length>0||(t?g(t):n(!0))},c=()=>m(P(r(`admin:network`)));e?y({variables:{input:{endpointId:e.id,endpoint:a,rotateSecret:d}},onCompleted:({editWebhookEndpoint:e})=>s(e.errors,e.secret),onError:c}):_({variables:{input:{endpoint:a}},onCompleted:({createWebhookEndpoint:e})=>s(e.errors,e.secret),onError:c})}let{byField:C,general:w}=W(p,[`url`,`eventTypes`,`description`,`secret`]);return(0,J.jsx)(I,{opened:!0,onClose:()=>n(h!==null),title:e?r(`editOf`,{url:e.url}):r(`newTitle`),size:`lg`,closeButtonProps:{"aria-label":r(`admin:close`)},children:h===null?(0,J.jsx)(`form`,{onSubmit:S,noValidate:!0,children:(0,J.jsxs)(s,{children:[(0,J.jsx)(F,{errors:w}),(0,J.jsx)(A,{label:r(`url`),description:r(`urlHelp`),value:i,onChange:e=>a(e.currentTarget.value),error:C.url,type:`url`,required:!0,"data-autofocus":!0}),(0,J.jsx)(A,{label:r(`description`),value:o,onChange:e=>c(e.currentTarget.value),error:C.description}),(0,J.jsx)(q.Group,{label:r(`events`),value:l,onChange:u,error:C.eventTypes,withAsterisk:!0,children:(0,J.jsx)(K,{cols:{base:1,xs:2},mt:`xs`,children:un.map(e=>(0,J.jsx)(q,{value:e,label:r(`event.${e}`)},e))})}),e&&(0,J.jsx)(q,{label:r(`rotate`),description:r(`rotateHelp`),checked:d,onChange:e=>f(e.currentTarget.checked),error:C.secret}),(0,J.jsxs)(R,{justify:`flex-end`,children:[(0,J.jsx)(t,{variant:`default`,onClick:()=>n(!1),children:r(`admin:cancel`)}),(0,J.jsx)(t,{type:`submit`,loading:v||b,children:r(e?`admin:save`:`create`)})]})]})}):(0,J.jsxs)(s,{children:[(0,J.jsx)(N,{label:r(`secret`),value:h}),(0,J.jsx)(t,{onClick:()=>n(!0),w:`fit-content`,children:r(`admin:done`)})]})})}function mn({endpoint:e,onClose:n}){let{t:r}=x(`webhooks`),[i,a]=(0,Y.useState)([]),[o,c]=(0,$.useMutation)(an);return(0,J.jsx)(I,{opened:!0,onClose:()=>n(!1),title:r(`deleteOf`,{url:e.url}),closeButtonProps:{"aria-label":r(`admin:close`)},children:(0,J.jsxs)(s,{children:[(0,J.jsx)(F,{errors:i}),(0,J.jsx)(l,{children:r(`deleteHelp`)}),(0,J.jsxs)(R,{justify:`flex-end`,children:[(0,J.jsx)(t,{variant:`default`,onClick:()=>n(!1),children:r(`admin:cancel`)}),(0,J.jsx)(t,{color:`red`,loading:c,onClick:()=>o({variables:{input:{endpointId:e.id}},onCompleted:({deleteWebhookEndpoint:e})=>{a(e.errors),e.errors.length===0&&n(!0)},onError:()=>a(P(r(`admin:network`)))}),children:r(`delete`)})]})]})})}function hn({endpointId:e}){let{t:n}=x(`webhooks`),r=U(),[i,a]=(0,Y.useState)(0),o=(0,$.useLazyLoadQuery)(rn,{endpointId:e},{fetchPolicy:`store-and-network`,fetchKey:i}),[c,u]=(0,Y.useState)([]),[d,f]=(0,Y.useState)(null),[p,m]=(0,$.useMutation)(nn),h=t=>p({variables:{input:{endpointId:e,ids:t}},onCompleted:({retryWebhookDeliveries:e})=>{u(e.errors),e.errors.length===0&&(f(e.requeued),a(e=>e+1))},onError:()=>u(P(n(`admin:network`)))}),g=o.webhookDeliveries.edges.map(e=>e.node);if(g.length===0)return(0,J.jsx)(l,{size:`sm`,children:n(`noDeliveries`)});let _=g.some(e=>e.status===`FAILED`);return(0,J.jsxs)(s,{gap:`xs`,children:[(0,J.jsxs)(R,{justify:`space-between`,children:[(0,J.jsx)(l,{size:`sm`,fw:600,children:n(`deliveryCount`,{count:o.webhookDeliveries.totalCount})}),_&&(0,J.jsx)(t,{size:`xs`,variant:`light`,loading:m,onClick:()=>h(null),children:n(`retryAll`)})]}),(0,J.jsx)(F,{errors:c}),d!==null&&(0,J.jsx)(l,{size:`sm`,role:`status`,c:`dark.8`,children:n(`requeued`,{count:d})}),g.map(e=>(0,J.jsxs)(s,{gap:4,p:`xs`,style:{border:`1px solid var(--mantine-color-gray-4)`,borderRadius:4},children:[(0,J.jsxs)(R,{gap:`xs`,justify:`space-between`,children:[(0,J.jsxs)(R,{gap:`xs`,children:[(0,J.jsx)(V,{color:e.status===`SENT`?`green`:e.status===`FAILED`?`red`:`yellow`,variant:`light`,c:`dark.8`,children:n(`status.${e.status}`)}),(0,J.jsx)(l,{size:`sm`,children:e.eventType}),(0,J.jsxs)(l,{size:`xs`,c:`dark.6`,children:[B(e.createdAt,r),` · `,n(`attemptCount`,{count:e.attemptCount}),e.nextAttemptAt?` · ${n(`nextAt`,{time:B(e.nextAttemptAt,r)})}`:``]})]}),e.status===`FAILED`&&(0,J.jsx)(t,{size:`xs`,variant:`light`,loading:m,onClick:()=>h([e.id]),children:n(`retry`)})]}),e.attempts.length>0&&(0,J.jsxs)(z,{withRowBorders:!1,fz:`xs`,children:[(0,J.jsx)(z.Thead,{children:(0,J.jsxs)(z.Tr,{children:[(0,J.jsx)(z.Th,{children:n(`attemptAt`)}),(0,J.jsx)(z.Th,{children:n(`statusCode`)}),(0,J.jsx)(z.Th,{children:n(`response`)})]})}),(0,J.jsx)(z.Tbody,{children:e.attempts.map(e=>(0,J.jsxs)(z.Tr,{children:[(0,J.jsxs)(z.Td,{children:[B(e.at,r),` (`,e.durationMs,` ms)`]}),(0,J.jsx)(z.Td,{children:e.statusCode??n(`noAnswer`)}),(0,J.jsx)(z.Td,{children:(0,J.jsx)(M,{block:!0,style:{whiteSpace:`pre-wrap`,maxHeight:120,overflow:`auto`},children:(e.response??e.error??``).slice(0,300)||`–`})})]},e.at))})]})]},e.id))]})}export{et as AgenciesAdminPage,st as AuditPage,Pe as ChangePasswordPage,pt as ClosuresPage,vt as EquipmentAdminPage,wt as ImportPage,jt as RoomsAdminPage,Kt as UsersAdminPage,Je as UtilisationPage,dn as WebhooksAdminPage};