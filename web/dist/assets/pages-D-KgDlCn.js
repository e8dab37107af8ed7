import{At as e,I as t,K as n,L as r,N as i,O as a,Ot as o,P as s,Q as c,R as l,U as u,W as d,Y as f,Z as p,_ as m,at as h,bt as g,et as _,f as v,ft as y,g as b,j as x,n as S,ot as C,q as w,rt as T,ut as E,v as ee,vt as D,w as te,wt as ne,z as O}from"./index-CfZ6D-4v.js";import{t as k}from"./TextInput-Ctyoagrs.js";import{a as A,c as j,i as M,n as N,o as P,r as F,s as I,t as L}from"./shared-ZHP1SnBr.js";import{t as R}from"./Group-DV8NwXNl.js";import{t as re}from"./SegmentedControl-CdeKR-7-.js";import{t as z}from"./Table-Cio2i-n4.js";import{a as ie,n as ae,o as oe,r as se,s as ce,t as le}from"./time-DCC4qMpP.js";import{t as ue}from"./Card-Bsv-Rzz9.js";import{t as B}from"./Badge-BCeVKEg1.js";import{t as V}from"./Select-qHqh9o9P.js";import{t as H}from"./useLang-DSA23dW8.js";import{t as U}from"./NumberInput-Bp4KLpXX.js";import{t as W}from"./SimpleGrid-D6SUxQTz.js";import{n as de,t as fe}from"./Textarea-uQG5mobQ.js";import{t as pe}from"./get-auto-contrast-value-BTPwFOS2.js";import{n as me,r as he,t as ge}from"./Checkbox-dIAb8NkS.js";import{t as _e}from"./Input-CYQCqxdr.js";import{t as ve}from"./use-uncontrolled-CKm-_79R.js";import{x as ye}from"./floating-ui.react-5KPeuDw2.js";var G=_();function be({size:e,style:t,...n}){return(0,G.jsx)(`svg`,{xmlns:`http://www.w3.org/2000/svg`,fill:`none`,viewBox:`0 0 5 5`,style:{width:ne(e),height:ne(e),...t},"aria-hidden":!0,...n,children:(0,G.jsx)(`circle`,{cx:`2.5`,cy:`2.5`,r:`2.5`,fill:`currentColor`})})}var K=e(o(),1),xe=(0,K.createContext)(null),Se=w((e=>{let{value:t,defaultValue:n,onChange:r,size:i,wrapperProps:a,children:o,name:s,readOnly:l,disabled:u,...d}=c(`RadioGroup`,null,e),f=y(s),[p,m]=ve({value:t,defaultValue:n,finalValue:``,onChange:r});return(0,G.jsx)(xe,{value:{value:p,onChange:e=>!l&&m(typeof e==`string`?e:e.currentTarget.value),size:i,name:f,disabled:u},children:(0,G.jsx)(_e.Wrapper,{size:i,...a,...d,labelElement:`div`,__staticSelector:`RadioGroup`,children:(0,G.jsx)(he,{role:`radiogroup`,children:o})})})}));Se.classes=_e.Wrapper.classes,Se.displayName=`@mantine/core/RadioGroup`;var Ce={card:`m_9dc8ae12`},we=(0,K.createContext)(null),Te={withBorder:!0},Ee=E((e,{radius:t})=>({card:{"--card-radius":D(t)}})),q=n(e=>{let t=c(`RadioCard`,Te,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,checked:l,mod:d,withBorder:f,value:m,onClick:h,name:g,onKeyDown:_,attributes:v,...y}=t,b=p({name:`RadioCard`,classes:Ce,props:t,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:v,vars:s,varsResolver:Ee,rootSelector:`card`}),{dir:x}=ye(),S=(0,K.use)(xe),C=typeof l==`boolean`?l:S?.value===m||!1,w=g||S?.name,T=e=>{if(_?.(e),w&&[`ArrowDown`,`ArrowUp`,`ArrowLeft`,`ArrowRight`].includes(e.nativeEvent.code)){e.preventDefault();let t=Array.from(document.querySelectorAll(`[role="radio"][name="${w}"]`)),n=t.findIndex(t=>t===e.target),r=n+1>=t.length?0:n+1,i=n-1<0?t.length-1:n-1;e.nativeEvent.code===`ArrowDown`&&(t[r].focus(),t[r].click()),e.nativeEvent.code===`ArrowUp`&&(t[i].focus(),t[i].click()),e.nativeEvent.code===`ArrowLeft`&&(t[x===`ltr`?i:r].focus(),t[x===`ltr`?i:r].click()),e.nativeEvent.code===`ArrowRight`&&(t[x===`ltr`?r:i].focus(),t[x===`ltr`?r:i].click())}};return(0,G.jsx)(we,{value:{checked:C},children:(0,G.jsx)(u,{mod:[{"with-border":f,checked:C},d],...b(`card`),...y,role:`radio`,"aria-checked":C,name:w,onClick:e=>{h?.(e),S?.onChange(m||``)},onKeyDown:T})})});q.displayName=`@mantine/core/RadioCard`,q.classes=Ce,q.varsResolver=Ee;var De={indicator:`m_717d7ff6`,icon:`m_3e4da632`,"indicator--outline":`m_2980836c`},Oe={icon:be},ke=E((e,{radius:t,color:n,size:r,iconColor:i,variant:a,autoContrast:o})=>{let s=C({color:n||e.primaryColor,theme:e}),c=s.isThemeColor&&s.shade===void 0?`var(--mantine-color-${s.color}-outline)`:s.color;return{indicator:{"--radio-size":g(r,`radio-size`),"--radio-radius":t===void 0?void 0:D(t),"--radio-color":a===`outline`?c:h(n,e),"--radio-icon-size":typeof r==`number`?`calc(${g(r,`radio-size`)} * 0.4)`:g(r,`radio-icon-size`),"--radio-icon-color":i?h(i,e):pe(o,e)?T({color:n,theme:e,autoContrast:o}):void 0}}}),J=n(e=>{let t=c(`RadioIndicator`,Oe,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,icon:l,radius:u,color:f,iconColor:m,autoContrast:h,checked:g,mod:_,variant:v,disabled:y,attributes:b,...x}=t,S=p({name:`RadioIndicator`,classes:De,props:t,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:b,vars:s,varsResolver:ke,rootSelector:`indicator`}),C=(0,K.use)(we),w=typeof g==`boolean`?g:C?.checked||!1;return(0,G.jsx)(d,{...S(`indicator`,{variant:v}),variant:v,mod:[{checked:w,disabled:y},_],...x,children:(0,G.jsx)(l,{...S(`icon`)})})});J.displayName=`@mantine/core/RadioIndicator`,J.classes=De,J.varsResolver=ke;var Ae={root:`m_f3f1af94`,inner:`m_89c4f5e4`,icon:`m_f3ed6b2b`,radio:`m_8a3dbb89`,"radio--outline":`m_1bfe9d39`},je={labelPosition:`right`,withErrorStyles:!0},Me=E((e,{size:t,radius:n,color:r,iconColor:i,variant:a,autoContrast:o})=>{let s=C({color:r||e.primaryColor,theme:e}),c=s.isThemeColor&&s.shade===void 0?`var(--mantine-color-${s.color}-outline)`:s.color;return{root:{"--radio-size":g(t,`radio-size`),"--radio-radius":n===void 0?void 0:D(n),"--radio-color":a===`outline`?c:h(r,e),"--radio-icon-color":i?h(i,e):pe(o,e)?T({color:r,theme:e,autoContrast:o}):void 0,"--radio-icon-size":g(t,`radio-icon-size`)}}}),Y=n(e=>{let t=c(`Radio`,je,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,id:l,size:u,label:m,labelPosition:h,description:g,error:_,radius:v,color:b,variant:x,disabled:S,wrapperProps:C,icon:w=be,rootRef:T,iconColor:E,onChange:ee,mod:D,attributes:te,withErrorStyles:ne,checked:O,...k}=t,A=p({name:`Radio`,classes:Ae,props:t,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:te,vars:s,varsResolver:Me}),j=(0,K.use)(xe),M=j?.size??u,N=t.size?u:M,{styleProps:P,rest:F}=f(k),I=y(l),L=[g?`${I}-description`:void 0,_&&typeof _!=`boolean`?`${I}-error`:void 0,F[`aria-describedby`]].filter(Boolean).join(` `)||void 0,R=j?j.value===F.value:void 0,re={checked:R??O,name:F.name??j?.name,onChange:e=>{j?.onChange(e),ee?.(e)},disabled:j?.disabled??S};return(0,G.jsx)(me,{...A(`root`),__staticSelector:`Radio`,__stylesApiProps:t,id:I,size:N,labelPosition:h,label:m,description:g,error:_,disabled:re.disabled,classNames:n,styles:a,unstyled:o,"data-checked":(R??O)||void 0,variant:x,ref:T,mod:D,attributes:te,...P,...C,children:(0,G.jsxs)(d,{...A(`inner`),mod:{"label-position":h},children:[(0,G.jsx)(d,{...A(`radio`,{focusable:!0,variant:x}),...F,...re,component:`input`,mod:{error:!!_,"with-error-styles":ne},id:I,type:`radio`,"aria-describedby":L}),(0,G.jsx)(w,{...A(`icon`),"aria-hidden":!0})]})})});Y.classes=Ae,Y.varsResolver=Me,Y.displayName=`@mantine/core/Radio`,Y.Group=Se,Y.Card=q,Y.Indicator=J;var Ne=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`changePassword`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ChangePasswordPageMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ChangePasswordPageMutation`,selections:t},params:{cacheID:`f66a67dc3b7dbbd425fff5e6582fc9e9`,id:`e9fdfdf446713afa8119dafebf8bed143885a8db4ef5e3c1a96399fa97fb5b26`,metadata:{},name:`ChangePasswordPageMutation`,operationKind:`mutation`,text:`mutation ChangePasswordPageMutation(
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
`}}})();Ne.hash=`a826949adc295bef6b09d05463f13201`;var X=x();function Z(e,t){let n={},r=[];for(let i of e){let e=i.field?.split(`.`).pop();e&&t.includes(e)&&!n[e]?n[e]=i.message:r.push(i)}return{byField:n,general:r}}function Pe(e,t){let n=e??{},r=t??{},i=[...new Set([...Object.keys(n),...Object.keys(r)])],a=e=>e===void 0?`–`:JSON.stringify(e);return i.filter(e=>JSON.stringify(n[e])!==JSON.stringify(r[e])).map(t=>e?`${t}: ${a(n[t])} → ${a(r[t])}`:`${t}: ${a(r[t])}`)}function Fe(){let{t:e}=b(`admin`),n=a(),[r,o]=(0,K.useState)(``),[c,u]=(0,K.useState)(``),[d,f]=(0,K.useState)(``),[p,m]=(0,K.useState)([]),[h,g]=(0,K.useState)(!1),[_,v]=(0,X.useMutation)(Ne);function y(t){t.preventDefault(),g(!1),c===d?_({variables:{input:{currentPassword:r,newPassword:c}},onCompleted:({changePassword:e})=>{m(e.errors),e.errors.length===0&&(g(!0),o(``),u(``),f(``))},onError:()=>m(P(e(`network`)))}):m([{code:`VALIDATION`,message:e(`password.mismatch`),field:`repeat`}])}let{byField:x,general:S}=Z(p,[`currentPassword`,`newPassword`,`repeat`]);return(0,G.jsxs)(s,{maw:480,children:[(0,G.jsx)(i,{order:1,children:e(`password.title`)}),(0,G.jsx)(l,{children:e(`password.help`)}),(0,G.jsx)(`form`,{onSubmit:y,noValidate:!0,children:(0,G.jsxs)(s,{children:[(0,G.jsx)(F,{errors:S}),(0,G.jsx)(k,{label:e(`password.current`),value:r,onChange:e=>o(e.currentTarget.value),error:x.currentPassword,"aria-invalid":!!x.currentPassword,type:`password`,autoComplete:`current-password`,required:!0}),(0,G.jsx)(k,{label:e(`password.new`),value:c,onChange:e=>u(e.currentTarget.value),error:x.newPassword,"aria-invalid":!!x.newPassword,type:`password`,autoComplete:`new-password`,required:!0}),(0,G.jsx)(k,{label:e(`password.repeat`),value:d,onChange:e=>f(e.currentTarget.value),error:x.repeat,"aria-invalid":!!x.repeat,type:`password`,autoComplete:`new-password`,required:!0}),h&&(0,G.jsxs)(O,{color:`green`,role:`status`,children:[e(`password.changed`),` `,(0,G.jsx)(t,{variant:`subtle`,size:`compact-sm`,onClick:()=>n(`/`),children:e(`password.home`)})]}),(0,G.jsx)(t,{type:`submit`,loading:v,w:`fit-content`,children:e(`password.save`)})]})})]})}var Ie=(function(){var e={defaultValue:null,kind:`LocalArgument`,name:`from`},t={defaultValue:null,kind:`LocalArgument`,name:`groupBy`},n={defaultValue:null,kind:`LocalArgument`,name:`to`},r=[{alias:null,args:null,kind:`ScalarField`,name:`key`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`bookableHours`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`bookedHours`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`usedHours`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`utilisation`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`requests`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`booked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShows`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowRate`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cancellations`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cancellationRate`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`meanLeadHours`,storageKey:null}],i=[{alias:null,args:[{kind:`Variable`,name:`from`,variableName:`from`},{kind:`Variable`,name:`groupBy`,variableName:`groupBy`},{kind:`Variable`,name:`to`,variableName:`to`}],concreteType:`UtilisationReport`,kind:`LinkedField`,name:`utilisationReport`,plural:!1,selections:[{alias:null,args:null,concreteType:`UtilisationRow`,kind:`LinkedField`,name:`rows`,plural:!0,selections:r,storageKey:null},{alias:null,args:null,concreteType:`UtilisationRow`,kind:`LinkedField`,name:`total`,plural:!1,selections:r,storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:[e,t,n],kind:`Fragment`,metadata:null,name:`UtilisationPageQuery`,selections:i,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[e,n,t],kind:`Operation`,name:`UtilisationPageQuery`,selections:i},params:{cacheID:`d3a087795edcb480113fcf283f00367e`,id:`9fd8ea2bb8c143f061a0f8dfdef35be855898a99725e3d7e8d8e89d3ecd69dde`,metadata:{},name:`UtilisationPageQuery`,operationKind:`query`,text:`query UtilisationPageQuery(
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
`}}})();Ie.hash=`b12cb3e4c68a37342bf87132dda60230`;var Le=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`ExportPayload`,kind:`LinkedField`,name:`createExport`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`expiresAt`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ExportsMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ExportsMutation`,selections:t},params:{cacheID:`f3b8a91062bee0516ee1775e73cc4fde`,id:`14ac06d83f5a2297b52844f382d866d0c14cae588811e2f32003a9b7f1aee430`,metadata:{},name:`ExportsMutation`,operationKind:`mutation`,text:`mutation ExportsMutation(
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
`}}})();Le.hash=`f349b31e761fada4728d978437dab39c`;function Re(e){let t=document.createElement(`a`);t.href=e,t.rel=`noopener`,t.download=``,document.body.appendChild(t),t.click(),t.remove()}function ze({from:e,to:n,groupBy:i}){let{t:a}=b(`analytics`),[o,c]=(0,K.useState)([]),[u,d]=(0,K.useState)(null),[f,p]=(0,K.useState)(null),[m]=(0,X.useMutation)(Le);function h(t,r){let o=a(`export.${t}`,{format:r});p(o),m({variables:{input:{kind:t,format:r,from:e,to:n,groupBy:i,lang:v()}},onCompleted:({createExport:e})=>{p(null),c(e.errors),e.url&&(d({url:e.url,label:o}),Re(e.url))},onError:()=>{p(null),c(P(a(`network`)))}})}return(0,G.jsxs)(s,{gap:`xs`,children:[(0,G.jsx)(R,{gap:`xs`,children:[`UTILISATION`,`BOOKINGS`].flatMap(e=>[`CSV`,`XLSX`].map(n=>{let r=a(`export.${e}`,{format:n});return(0,G.jsx)(t,{variant:`light`,size:`sm`,loading:f===r,onClick:()=>h(e,n),children:r},r)}))}),(0,G.jsx)(F,{errors:o}),u&&(0,G.jsxs)(l,{size:`sm`,role:`status`,children:[a(`export.ready`),` `,(0,G.jsx)(r,{href:u.url,download:!0,children:u.label})]})]})}var Be=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`MonthlySummaryPayload`,kind:`LinkedField`,name:`requestMonthlySummary`,plural:!1,selections:[{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`MonthlySummaryMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`MonthlySummaryMutation`,selections:t},params:{cacheID:`c39a8f63ed4a41c05275542bc1d42d57`,id:`d5170abbac25cb4828944c4291b2d5ffd8eafc70c4c86263ad24f7915a12191b`,metadata:{},name:`MonthlySummaryMutation`,operationKind:`mutation`,text:`mutation MonthlySummaryMutation(
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
`}}})();Be.hash=`59fad9000dc2ad2cb99b3c27eb8aa01a`;var Ve=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`month`}],t=[{alias:null,args:[{kind:`Variable`,name:`month`,variableName:`month`}],concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`monthlySummary`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`MonthlySummaryQuery`,selections:t,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`MonthlySummaryQuery`,selections:t},params:{cacheID:`d400cf0e03d2056c62d80e1b6c5245a0`,id:`c8ac3f836ad0d3359a2a06148f391118847cfff1954f398b1e8d026ee9ff8790`,metadata:{},name:`MonthlySummaryQuery`,operationKind:`query`,text:`query MonthlySummaryQuery(
  $month: String!
) {
  monthlySummary(month: $month) {
    status
    url
  }
}
`}}})();Ve.hash=`bc25179dec86c50e0b8a1b51e94cdf7c`;var He=Ve;function Ue(){let[e,t]=oe().split(`-`).map(Number);return t===1?`${e-1}-12`:`${e}-${String(t-1).padStart(2,`0`)}`}function We(){let{t:e}=b(`analytics`),n=(0,X.useRelayEnvironment)(),[a,o]=(0,K.useState)(Ue()),[c,u]=(0,K.useState)(null),[d,f]=(0,K.useState)([]),[p,m]=(0,X.useMutation)(Be);(0,K.useEffect)(()=>{if(c?.status!==`PENDING`)return;let e=setInterval(()=>{(0,X.fetchQuery)(n,He,{month:a},{fetchPolicy:`network-only`}).toPromise().then(e=>e&&e.monthlySummary.status!==`PENDING`&&u(e.monthlySummary)).catch(()=>void 0)},2e3);return()=>clearInterval(e)},[c?.status,n,a]);let{byField:h,general:g}=Z(d,[`month`]);return(0,G.jsx)(ue,{withBorder:!0,children:(0,G.jsxs)(s,{children:[(0,G.jsx)(i,{order:2,size:`h4`,children:e(`monthly.title`)}),(0,G.jsx)(l,{size:`sm`,children:e(`monthly.help`)}),(0,G.jsx)(F,{errors:g}),(0,G.jsxs)(R,{align:`end`,children:[(0,G.jsx)(k,{type:`month`,label:e(`monthly.month`),value:a,onChange:e=>{o(e.currentTarget.value),u(null)},error:h.month}),(0,G.jsx)(t,{loading:m,onClick:()=>p({variables:{input:{month:a}},onCompleted:({requestMonthlySummary:e})=>{f(e.errors),u(e.document??null)},onError:()=>f(P(e(`network`)))}),children:e(`monthly.make`)})]}),c?.status===`READY`&&c.url&&(0,G.jsx)(r,{href:c.url,target:`_blank`,rel:`noopener`,download:!0,children:e(`monthly.download`,{month:a})}),c?.status===`PENDING`&&(0,G.jsx)(l,{size:`sm`,role:`status`,children:e(`monthly.pending`)}),c?.status===`FAILED`&&(0,G.jsx)(l,{size:`sm`,c:`red.9`,role:`alert`,children:e(`monthly.failed`)})]})})}var Q=e=>e==null?`–`:`${Math.round(e*100)}%`,$=e=>e==null?`–`:e.toFixed(1);function Ge({rows:e,title:t}){let{t:n}=b(`analytics`),r=[...e].sort((e,t)=>t.bookedHours-e.bookedHours).slice(0,15),i=Math.max(1,...r.map(e=>Math.max(e.bookedHours,e.bookableHours??0))),a=e=>e/i*410,o=r.length*40+34;return(0,G.jsxs)(`svg`,{viewBox:`0 0 640 ${o}`,width:`100%`,role:`img`,"aria-label":t,style:{maxWidth:640},children:[(0,G.jsx)(`title`,{children:t}),r.map((e,t)=>{let n=8+t*40,r=e.name.length>24?`${e.name.slice(0,23)}…`:e.name;return(0,G.jsxs)(`g`,{children:[(0,G.jsx)(`text`,{x:0,y:n+14+2,fontSize:`12`,fill:`#212529`,children:r}),e.bookableHours!=null&&(0,G.jsx)(`rect`,{x:170,y:n,width:a(e.bookableHours),height:26,fill:`#e9ecef`}),(0,G.jsx)(`rect`,{x:170,y:n,width:a(e.bookedHours),height:12,fill:`#1971c2`}),(0,G.jsx)(`rect`,{x:170,y:n+14,width:a(e.usedHours),height:12,fill:`#2f9e44`}),(0,G.jsx)(`text`,{x:170+a(Math.max(e.bookedHours,e.bookableHours??0))+4,y:n+14+2,fontSize:`12`,fill:`#212529`,children:Q(e.utilisation)})]},e.key)}),(0,G.jsx)(`text`,{x:170,y:o-6,fontSize:`12`,fill:`#212529`,children:n(`chartLegend`)})]})}function Ke({from:e,to:t,groupBy:n}){let{t:r}=b(`analytics`),{rows:i,total:a}=(0,X.useLazyLoadQuery)(Ie,{from:e,to:t,groupBy:n},{fetchPolicy:`store-and-network`}).utilisationReport,o=[...i,a];return(0,G.jsxs)(s,{children:[i.length===0?(0,G.jsx)(l,{children:r(`empty`)}):(0,G.jsx)(Ge,{rows:i,title:r(`chartTitle`)}),(0,G.jsx)(A,{minWidth:900,children:(0,G.jsxs)(z,{striped:!0,children:[(0,G.jsx)(z.Thead,{children:(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Th,{children:r(`group.${n}`)}),(0,G.jsx)(z.Th,{children:r(`bookable`)}),(0,G.jsx)(z.Th,{children:r(`booked`)}),(0,G.jsx)(z.Th,{children:r(`used`)}),(0,G.jsx)(z.Th,{children:r(`utilisation`)}),(0,G.jsx)(z.Th,{children:r(`requests`)}),(0,G.jsx)(z.Th,{children:r(`noShows`)}),(0,G.jsx)(z.Th,{children:r(`cancellations`)}),(0,G.jsx)(z.Th,{children:r(`lead`)})]})}),(0,G.jsx)(z.Tbody,{children:o.map(e=>(0,G.jsxs)(z.Tr,{fw:e.key===`*`?700:void 0,children:[(0,G.jsx)(z.Td,{children:e.key===`*`?r(`total`):e.name}),(0,G.jsx)(z.Td,{children:$(e.bookableHours)}),(0,G.jsx)(z.Td,{children:$(e.bookedHours)}),(0,G.jsx)(z.Td,{children:$(e.usedHours)}),(0,G.jsx)(z.Td,{children:Q(e.utilisation)}),(0,G.jsx)(z.Td,{children:e.requests}),(0,G.jsxs)(z.Td,{children:[e.noShows,` (`,Q(e.noShowRate),`)`]}),(0,G.jsxs)(z.Td,{children:[e.cancellations,` (`,Q(e.cancellationRate),`)`]}),(0,G.jsx)(z.Td,{children:$(e.meanLeadHours)})]},e.key))})]})})]})}function qe(){let{t:e}=b(`analytics`),t=ee(),n=oe(),[a,o]=(0,K.useState)(le(n,-30)),[c,u]=(0,K.useState)(le(n,30)),[d,f]=(0,K.useState)(`ROOM`),p=/^\d{4}-\d{2}-\d{2}$/.test(a)&&/^\d{4}-\d{2}-\d{2}$/.test(c)&&a<=c;return(0,G.jsxs)(s,{maw:1100,children:[(0,G.jsx)(i,{order:1,children:e(`title`)}),(0,G.jsxs)(l,{children:[e(`help`),` `,(0,G.jsx)(r,{component:te,to:`/staff/service-levels`,children:e(`serviceLevels`)})]}),(0,G.jsxs)(R,{align:`end`,children:[(0,G.jsx)(k,{type:`date`,label:e(`from`),value:a,onChange:e=>o(e.currentTarget.value)}),(0,G.jsx)(k,{type:`date`,label:e(`to`),value:c,onChange:e=>u(e.currentTarget.value)}),(0,G.jsxs)(s,{gap:4,children:[(0,G.jsx)(l,{size:`sm`,fw:500,id:`group-by-label`,children:e(`groupBy`)}),(0,G.jsx)(re,{"aria-labelledby":`group-by-label`,value:d,onChange:e=>f(e),data:[`ROOM`,`BUILDING`,`AGENCY`].map(t=>({value:t,label:e(`group.${t}`)}))})]})]}),p?(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(ze,{from:a,to:c,groupBy:d}),(0,G.jsx)(K.Suspense,{fallback:(0,G.jsx)(S,{}),children:(0,G.jsx)(Ke,{from:a,to:c,groupBy:d})})]}):(0,G.jsx)(l,{c:`red.9`,role:`alert`,children:e(`badPeriod`)}),m(t,`LEADERSHIP`,`SERVICE_HEAD`,`ADMIN`)&&(0,G.jsx)(We,{})]})}var Je=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`AgencyPayload`,kind:`LinkedField`,name:`renameAgency`,plural:!1,selections:[{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AgenciesAdminPageRenameMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AgenciesAdminPageRenameMutation`,selections:t},params:{cacheID:`f535d24bf7bb60483e7eabc60ce3cc04`,id:`172222d1381cb266a208ee64620c13f8813730d0cc3f221cd9521d9c730d2f91`,metadata:{},name:`AgenciesAdminPageRenameMutation`,operationKind:`mutation`,text:`mutation AgenciesAdminPageRenameMutation(
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
`}}})();Je.hash=`48c2fd16ed09a3ab19f985cdf6778342`;var Ye=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},n=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`AgencyPayload`,kind:`LinkedField`,name:`createAgency`,plural:!1,selections:[{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AgenciesAdminPageCreateMutation`,selections:n,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AgenciesAdminPageCreateMutation`,selections:n},params:{cacheID:`0cf329a5733f4609e92da73018eac732`,id:`427ddbcc1e0a106105dc881a0a87eabff6215d042acd1aec11e9bb64041627ac`,metadata:{},name:`AgenciesAdminPageCreateMutation`,operationKind:`mutation`,text:`mutation AgenciesAdminPageCreateMutation(
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
`}}})();Ye.hash=`e7c0351a2acbf1aa52eb58136924b66d`;var Xe=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`AgencyPayload`,kind:`LinkedField`,name:`deactivateAgency`,plural:!1,selections:[{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AgenciesAdminPageDeactivateMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AgenciesAdminPageDeactivateMutation`,selections:t},params:{cacheID:`c39d7a29eff66f5d6fa2e86e2ebd3780`,id:`715bebc509950e299ddf67f057375c538675d4ad9500e8e9508575720745cd6b`,metadata:{},name:`AgenciesAdminPageDeactivateMutation`,operationKind:`mutation`,text:`mutation AgenciesAdminPageDeactivateMutation(
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
`}}})();Xe.hash=`4e4dde7c3365130b1d8094eece9d7971`;var Ze=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`AgencyConnection`,kind:`LinkedField`,name:`agencies`,plural:!1,selections:[{alias:null,args:null,concreteType:`AgencyEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`agencies(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`AgenciesAdminPageQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`AgenciesAdminPageQuery`,selections:e},params:{cacheID:`74c8cfd142c22fac1d395f35437a7752`,id:`ecd2f197cca5838099922ff73cd722c0098c5a7dc560c74443426e855ca3486f`,metadata:{},name:`AgenciesAdminPageQuery`,operationKind:`query`,text:`query AgenciesAdminPageQuery {
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
`}}})();Ze.hash=`5c4c4f66a61ef861e921e8d6b07861ba`;function Qe(){let{t:e}=b(`admin`),[n,r]=(0,K.useState)(0),a=(0,X.useLazyLoadQuery)(Ze,{},{fetchPolicy:`store-and-network`,fetchKey:n}),[o,c]=(0,K.useState)(null),[l,u]=(0,K.useState)(null),[d,f]=(0,K.useState)([]),[p,m]=(0,X.useMutation)(Xe);return(0,G.jsxs)(s,{maw:900,children:[(0,G.jsxs)(R,{justify:`space-between`,children:[(0,G.jsx)(i,{order:1,children:e(`agencies.title`)}),(0,G.jsx)(t,{onClick:()=>c(`new`),children:e(`agencies.new`)})]}),(0,G.jsx)(F,{errors:d}),(0,G.jsx)(A,{minWidth:560,children:(0,G.jsxs)(z,{striped:!0,children:[(0,G.jsx)(z.Thead,{children:(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Th,{children:e(`agencies.code`)}),(0,G.jsx)(z.Th,{children:e(`agencies.name`)}),(0,G.jsx)(z.Th,{children:e(`state`)}),(0,G.jsx)(z.Th,{children:e(`actions`)})]})}),(0,G.jsx)(z.Tbody,{children:a.agencies.edges.map(({node:n})=>(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Td,{children:n.code}),(0,G.jsx)(z.Td,{children:n.name}),(0,G.jsx)(z.Td,{children:(0,G.jsx)(B,{color:n.isActive?`green`:`gray`,variant:`light`,c:`dark.8`,children:n.isActive?e(`active`):e(`inactive`)})}),(0,G.jsx)(z.Td,{children:(0,G.jsxs)(R,{gap:4,wrap:`nowrap`,children:[(0,G.jsx)(t,{size:`xs`,variant:`light`,onClick:()=>c(n),"aria-label":e(`agencies.renameNamed`,{name:n.name}),children:e(`agencies.rename`)}),n.isActive&&(0,G.jsx)(t,{size:`xs`,variant:`light`,color:`red`,onClick:()=>u(n),"aria-label":e(`deactivateNamed`,{name:n.name}),children:e(`deactivate`)})]})})]},n.id))})]})}),o&&(0,G.jsx)($e,{agency:o===`new`?null:o,onClose:e=>{c(null),e&&r(e=>e+1)}}),l&&(0,G.jsx)(I,{opened:!0,onClose:()=>u(null),title:e(`deactivateNamed`,{name:l.name}),closeButtonProps:{"aria-label":e(`close`)},children:(0,G.jsxs)(s,{children:[e(`agencies.deactivateHelp`),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(t,{variant:`default`,onClick:()=>u(null),children:e(`cancel`)}),(0,G.jsx)(t,{color:`red`,loading:m,onClick:()=>p({variables:{input:{agencyId:l.id}},onCompleted:e=>{f(e.deactivateAgency.errors),u(null)},onError:()=>f(P(e(`network`)))}),children:e(`deactivate`)})]})]})})]})}function $e({agency:e,onClose:n}){let{t:r}=b(`admin`),[i,a]=(0,K.useState)(e?.code??``),[o,c]=(0,K.useState)(e?.name??``),[l,u]=(0,K.useState)([]),[d,f]=(0,X.useMutation)(Ye),[p,m]=(0,X.useMutation)(Je);function h(t){t.preventDefault();let a=e=>{u(e),e.length===0&&n(!0)},s=()=>u(P(r(`network`)));e?p({variables:{input:{agencyId:e.id,name:o.trim()}},onCompleted:e=>a(e.renameAgency.errors),onError:s}):d({variables:{input:{code:i.trim(),name:o.trim()}},onCompleted:e=>a(e.createAgency.errors),onError:s})}let{byField:g,general:_}=Z(l,[`code`,`name`]);return(0,G.jsx)(I,{opened:!0,onClose:()=>n(!1),title:e?r(`agencies.renameNamed`,{name:e.name}):r(`agencies.newTitle`),closeButtonProps:{"aria-label":r(`close`)},children:(0,G.jsx)(`form`,{onSubmit:h,noValidate:!0,children:(0,G.jsxs)(s,{children:[(0,G.jsx)(F,{errors:_}),(0,G.jsx)(k,{label:r(`agencies.code`),value:i,onChange:e=>a(e.currentTarget.value),error:g.code,disabled:!!e,required:!0}),(0,G.jsx)(k,{label:r(`agencies.name`),value:o,onChange:e=>c(e.currentTarget.value),error:g.name,required:!0,"data-autofocus":!0}),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(t,{variant:`default`,onClick:()=>n(!1),children:r(`cancel`)}),(0,G.jsx)(t,{type:`submit`,loading:f||m,children:r(e?`save`:`agencies.create`)})]})]})})})}var et=(function(){var e=[{defaultValue:25,kind:`LocalArgument`,name:`count`},{defaultValue:null,kind:`LocalArgument`,name:`cursor`},{defaultValue:null,kind:`LocalArgument`,name:`filter`}],t={kind:`Variable`,name:`filter`,variableName:`filter`},n=[{kind:`Variable`,name:`after`,variableName:`cursor`},t,{kind:`Variable`,name:`first`,variableName:`count`}],r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AuditPagePaginationQuery`,selections:[{args:[{kind:`Variable`,name:`count`,variableName:`count`},{kind:`Variable`,name:`cursor`,variableName:`cursor`},t],kind:`FragmentSpread`,name:`AuditPage_trail`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AuditPagePaginationQuery`,selections:[{alias:null,args:n,concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`auditTrail`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityId`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`before`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`after`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:n,filters:[`filter`],handle:`connection`,key:`AuditPage_auditTrail`,kind:`LinkedHandle`,name:`auditTrail`}]},params:{cacheID:`d67b1b1dad9b98506cc57db4c02205c4`,id:`942aae16af8bd0bd10dc4007389f2d360f533ce3d75d446b9d7094130868b313`,metadata:{},name:`AuditPagePaginationQuery`,operationKind:`query`,text:`query AuditPagePaginationQuery(
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
`}}})();et.hash=`53a2e59e34918ac8f068ad853c750556`;var tt=(function(){var e=[`auditTrail`];return{argumentDefinitions:[{defaultValue:25,kind:`LocalArgument`,name:`count`},{defaultValue:null,kind:`LocalArgument`,name:`cursor`},{defaultValue:null,kind:`LocalArgument`,name:`filter`}],kind:`Fragment`,metadata:{connection:[{count:`count`,cursor:`cursor`,direction:`forward`,path:e}],refetch:{connection:{forward:{count:`count`,cursor:`cursor`},backward:null,path:e},fragmentPathInResult:[],operation:et}},name:`AuditPage_trail`,selections:[{alias:`auditTrail`,args:[{kind:`Variable`,name:`filter`,variableName:`filter`}],concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`__AuditPage_auditTrail_connection`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityId`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`before`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`after`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Query`,abstractKey:null}})();tt.hash=`53a2e59e34918ac8f068ad853c750556`;var nt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`filter`}],t={kind:`Variable`,name:`filter`,variableName:`filter`},n=[t,{kind:`Literal`,name:`first`,value:25}],r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AuditPageTrailQuery`,selections:[{args:[t],kind:`FragmentSpread`,name:`AuditPage_trail`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AuditPageTrailQuery`,selections:[{alias:null,args:n,concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`auditTrail`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityId`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`before`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`after`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:n,filters:[`filter`],handle:`connection`,key:`AuditPage_auditTrail`,kind:`LinkedHandle`,name:`auditTrail`}]},params:{cacheID:`f974db9951780d88d63bc2bd1a8d8aeb`,id:`12bcd270d9d33f69b87473452616f5ffe12301d489e9d8a63babaecdcad5d452`,metadata:{},name:`AuditPageTrailQuery`,operationKind:`query`,text:`query AuditPageTrailQuery(
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
`}}})();nt.hash=`36c912b2a105620ae04f33e120629682`;var rt=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`UserConnection`,kind:`LinkedField`,name:`users`,plural:!1,selections:[{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`users(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`AuditPageQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`AuditPageQuery`,selections:e},params:{cacheID:`8b7966ef4ee45e0a859eb1f413af1838`,id:`9dfa0da1a4ea420ceac4eeb9d81ad08a0b15bedbe50e7fd9b630ab65c313d5d2`,metadata:{},name:`AuditPageQuery`,operationKind:`query`,text:`query AuditPageQuery {
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
`}}})();rt.hash=`141c467786f3aa6ae9281573526c8965`;var it=[`ROOM`,`EQUIPMENT`,`AGENCY`,`USER`,`CLOSURE`];function at(){let{t:e}=b(`admin`),[t,n]=(0,K.useState)(null),[r,a]=(0,K.useState)(null),[o,c]=(0,K.useState)(``),[u,d]=(0,K.useState)(``),f=(0,X.useLazyLoadQuery)(rt,{}).users.edges.map(e=>e.node).filter(e=>e.roles.includes(`ADMIN`)).map(e=>({value:e.id,label:`${e.name} (${e.nrk})`})),p={entityType:t,actorId:r,since:o?ce(o,`00:00`):null,until:u?ce(le(u,1),`00:00`):null};return(0,G.jsxs)(s,{maw:1200,children:[(0,G.jsx)(i,{order:1,children:e(`audit.title`)}),(0,G.jsx)(l,{children:e(`audit.help`)}),(0,G.jsxs)(R,{align:`end`,children:[(0,G.jsx)(V,{label:e(`audit.entityType`),data:it.map(t=>({value:t,label:e(`audit.types.${t}`)})),value:t,onChange:n,placeholder:e(`audit.any`),clearable:!0,w:200}),(0,G.jsx)(V,{label:e(`audit.actor`),data:f,value:r,onChange:a,placeholder:e(`audit.any`),clearable:!0,searchable:!0,w:260}),(0,G.jsx)(k,{type:`date`,label:e(`audit.since`),value:o,onChange:e=>c(e.currentTarget.value)}),(0,G.jsx)(k,{type:`date`,label:e(`audit.until`),value:u,onChange:e=>d(e.currentTarget.value)})]}),(0,G.jsx)(K.Suspense,{fallback:(0,G.jsx)(S,{}),children:(0,G.jsx)(ot,{filter:p})})]})}function ot({filter:e}){let t=(0,X.useLazyLoadQuery)(nt,{filter:e},{fetchPolicy:`network-only`});return(0,G.jsx)(st,{trail:t})}function st({trail:e}){let{t:n}=b(`admin`),r=H(),{data:i,hasNext:a,loadNext:o,isLoadingNext:c}=(0,X.usePaginationFragment)(tt,e),u=i.auditTrail.edges.map(e=>e.node);return(0,G.jsxs)(s,{children:[(0,G.jsx)(l,{children:n(`audit.count`,{count:i.auditTrail.totalCount,shown:u.length})}),(0,G.jsx)(A,{minWidth:900,children:(0,G.jsxs)(z,{striped:!0,children:[(0,G.jsx)(z.Thead,{children:(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Th,{children:n(`audit.at`)}),(0,G.jsx)(z.Th,{children:n(`audit.actor`)}),(0,G.jsx)(z.Th,{children:n(`audit.action`)}),(0,G.jsx)(z.Th,{children:n(`audit.entity`)}),(0,G.jsx)(z.Th,{children:n(`audit.changes`)})]})}),(0,G.jsx)(z.Tbody,{children:u.map(e=>(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Td,{children:se(e.at,r)}),(0,G.jsx)(z.Td,{children:e.actor?.name??`–`}),(0,G.jsx)(z.Td,{children:(0,G.jsx)(j,{children:e.action})}),(0,G.jsxs)(z.Td,{children:[n(`audit.types.${e.entityType}`,{defaultValue:e.entityType}),` #`,e.entityId]}),(0,G.jsx)(z.Td,{children:(0,G.jsxs)(s,{gap:0,children:[Pe(e.before,e.after).map(e=>(0,G.jsx)(l,{size:`xs`,style:{wordBreak:`break-word`},children:e},e)),e.note&&(0,G.jsx)(l,{size:`xs`,fs:`italic`,children:e.note})]})})]},e.id))})]})}),a&&(0,G.jsx)(t,{variant:`default`,loading:c,onClick:()=>o(25),w:`fit-content`,children:n(`loadMore`)})]})}var ct=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`ClosurePayload`,kind:`LinkedField`,name:`removeOfficeClosure`,plural:!1,selections:[{alias:null,args:null,concreteType:`OfficeClosure`,kind:`LinkedField`,name:`closure`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ClosuresPageRemoveMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ClosuresPageRemoveMutation`,selections:t},params:{cacheID:`2ebca492a7bcd7d3f0769e34b0f73580`,id:`d544e6ec80af7550ee9e57681b02179d733542135e368fdc1bbeb02f9cf9b699`,metadata:{},name:`ClosuresPageRemoveMutation`,operationKind:`mutation`,text:`mutation ClosuresPageRemoveMutation(
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
`}}})();ct.hash=`8bf24aa64ebeb275918c56ff3c22f4fc`;var lt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`ClosurePayload`,kind:`LinkedField`,name:`addOfficeClosure`,plural:!1,selections:[{alias:null,args:null,concreteType:`OfficeClosure`,kind:`LinkedField`,name:`closure`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`day`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`reason`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ClosuresPageAddMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ClosuresPageAddMutation`,selections:t},params:{cacheID:`145f16bef3399aabf79a8ff6388f3d13`,id:`dd51202ddb4304090a540726fb6349ed514b522897d5f6089c202c3b9db7b40b`,metadata:{},name:`ClosuresPageAddMutation`,operationKind:`mutation`,text:`mutation ClosuresPageAddMutation(
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
`}}})();lt.hash=`5af85724adfea017babe575e9dd5691d`;var ut=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`year`}],t=[{alias:null,args:[{kind:`Variable`,name:`year`,variableName:`year`}],concreteType:`OfficeClosure`,kind:`LinkedField`,name:`officeClosures`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`day`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`reason`,storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ClosuresPageQuery`,selections:t,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ClosuresPageQuery`,selections:t},params:{cacheID:`107637fa27d5c969854e78e522099418`,id:`bea4fae3623388cf2ffe88159a892df58d0b944f5ba603b8beb03b2eae2eeaf4`,metadata:{},name:`ClosuresPageQuery`,operationKind:`query`,text:`query ClosuresPageQuery(
  $year: Int
) {
  officeClosures(year: $year) {
    id
    day
    reason
  }
}
`}}})();ut.hash=`065b01651aa7daed4c751dd44eb45f72`;function dt(){let{t:e}=b(`admin`),n=H(),[r,a]=(0,K.useState)(Number(oe().slice(0,4))),[o,c]=(0,K.useState)(0),u=(0,X.useLazyLoadQuery)(ut,{year:r},{fetchPolicy:`store-and-network`,fetchKey:o}),[d,f]=(0,K.useState)(``),[p,m]=(0,K.useState)(``),[h,g]=(0,K.useState)([]),[_,v]=(0,X.useMutation)(lt),[y]=(0,X.useMutation)(ct);function x(t){t.preventDefault(),d?_({variables:{input:{day:d,reason:p.trim()}},onCompleted:({addOfficeClosure:e})=>{g(e.errors),e.errors.length===0&&(f(``),m(``),c(e=>e+1))},onError:()=>g(P(e(`network`)))}):g([{code:`VALIDATION`,message:e(`closures.dayRequired`),field:`day`}])}let{byField:S,general:C}=Z(h,[`day`,`reason`]);return(0,G.jsxs)(s,{maw:900,children:[(0,G.jsx)(i,{order:1,children:e(`closures.title`)}),(0,G.jsx)(l,{children:e(`closures.help`)}),(0,G.jsx)(`form`,{onSubmit:x,noValidate:!0,children:(0,G.jsxs)(s,{children:[(0,G.jsx)(F,{errors:C}),(0,G.jsxs)(R,{align:`start`,children:[(0,G.jsx)(k,{type:`date`,label:e(`closures.day`),value:d,onChange:e=>f(e.currentTarget.value),error:S.day,required:!0}),(0,G.jsx)(k,{label:e(`closures.reason`),value:p,onChange:e=>m(e.currentTarget.value),error:S.reason,required:!0,w:320})]}),(0,G.jsx)(t,{type:`submit`,loading:v,w:`fit-content`,children:e(`closures.add`)})]})}),(0,G.jsx)(U,{label:e(`closures.year`),value:r,onChange:e=>a(Number(e)||r),min:2e3,max:2100,w:140}),u.officeClosures.length===0?(0,G.jsx)(l,{children:e(`closures.empty`)}):(0,G.jsxs)(z,{striped:!0,children:[(0,G.jsx)(z.Thead,{children:(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Th,{children:e(`closures.day`)}),(0,G.jsx)(z.Th,{children:e(`closures.reason`)}),(0,G.jsx)(z.Th,{children:e(`actions`)})]})}),(0,G.jsx)(z.Tbody,{children:u.officeClosures.map(r=>(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Td,{children:ae(`${r.day}T12:00:00+07:00`,n)}),(0,G.jsx)(z.Td,{children:r.reason}),(0,G.jsx)(z.Td,{children:(0,G.jsx)(t,{size:`xs`,variant:`light`,color:`red`,"aria-label":e(`closures.removeNamed`,{reason:r.reason}),onClick:()=>y({variables:{input:{closureId:r.id}},onCompleted:({removeOfficeClosure:e})=>{g(e.errors),c(e=>e+1)},onError:()=>g(P(e(`network`)))}),children:e(`closures.remove`)})})]},r.id))})]})]})}var ft=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipmentItem`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`stock`,storageKey:null}],storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`peakQuantity`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`peakAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},l={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},u={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},d={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},f={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EquipmentAdminPageChangeStockMutation`,selections:[{alias:null,args:t,concreteType:`EquipmentPayload`,kind:`LinkedField`,name:`changeEquipmentStock`,plural:!1,selections:[r,i,a,{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`holdingBookings`,plural:!0,selections:[n,o,s,c,l,u,{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[d],storageKey:null}],storageKey:null},f],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EquipmentAdminPageChangeStockMutation`,selections:[{alias:null,args:t,concreteType:`EquipmentPayload`,kind:`LinkedField`,name:`changeEquipmentStock`,plural:!1,selections:[r,i,a,{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`holdingBookings`,plural:!0,selections:[n,o,s,c,l,u,{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[d,n],storageKey:null}],storageKey:null},f],storageKey:null}]},params:{cacheID:`56d65ba41a99182b11508851e2dee691`,id:`a67e4804a06314098597ea96270d5cf0b41b663247ebfb050856632e1673d001`,metadata:{},name:`EquipmentAdminPageChangeStockMutation`,operationKind:`mutation`,text:`mutation EquipmentAdminPageChangeStockMutation(
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
`}}})();ft.hash=`1473a03a01bda74bb0d561e44322a847`;var pt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},n=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`EquipmentPayload`,kind:`LinkedField`,name:`editEquipment`,plural:!1,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipmentItem`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`stock`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EquipmentAdminPageEditMutation`,selections:n,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EquipmentAdminPageEditMutation`,selections:n},params:{cacheID:`4414026bcd80e8257f5a6513e651dfd3`,id:`7f848c357ad3a8bfa52769696d74509142c1210930dfd5d401a9a8d210153423`,metadata:{},name:`EquipmentAdminPageEditMutation`,operationKind:`mutation`,text:`mutation EquipmentAdminPageEditMutation(
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
`}}})();pt.hash=`207c965b9c4eb7f4cf48579528ae22b8`;var mt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},n=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`EquipmentPayload`,kind:`LinkedField`,name:`createEquipment`,plural:!1,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipmentItem`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`stock`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EquipmentAdminPageCreateMutation`,selections:n,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EquipmentAdminPageCreateMutation`,selections:n},params:{cacheID:`88d9eb4bcd70cb2c165d6562828ab832`,id:`9157dc5b3e76258813717887bf48eb6c67a8295cabcf9e5ba10fc183244ebd55`,metadata:{},name:`EquipmentAdminPageCreateMutation`,operationKind:`mutation`,text:`mutation EquipmentAdminPageCreateMutation(
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
`}}})();mt.hash=`7d4e59807bc365e889dcaf85820df495`;var ht=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`EquipmentItemConnection`,kind:`LinkedField`,name:`equipmentItems`,plural:!1,selections:[{alias:null,args:null,concreteType:`EquipmentItemEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`stock`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`equipmentItems(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`EquipmentAdminPageQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`EquipmentAdminPageQuery`,selections:e},params:{cacheID:`093dd815d98c9eb9c47db730ec743b41`,id:`13a2f4e8523588fe1b2162ddbdd4f27769f670f5207bae3596a7d00316cc55bf`,metadata:{},name:`EquipmentAdminPageQuery`,operationKind:`query`,text:`query EquipmentAdminPageQuery {
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
`}}})();ht.hash=`6bf3573e2f26b5b6522a6576354923e0`;function gt(){let{t:e}=b(`admin`),[n,r]=(0,K.useState)(0),a=(0,X.useLazyLoadQuery)(ht,{},{fetchPolicy:`store-and-network`,fetchKey:n}),[o,c]=(0,K.useState)(null),[l,u]=(0,K.useState)(null);return(0,G.jsxs)(s,{maw:1e3,children:[(0,G.jsxs)(R,{justify:`space-between`,children:[(0,G.jsx)(i,{order:1,children:e(`equipment.title`)}),(0,G.jsx)(t,{onClick:()=>c(`new`),children:e(`equipment.new`)})]}),(0,G.jsx)(A,{minWidth:600,children:(0,G.jsxs)(z,{striped:!0,children:[(0,G.jsx)(z.Thead,{children:(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Th,{children:e(`equipment.code`)}),(0,G.jsx)(z.Th,{children:e(`equipment.name`)}),(0,G.jsx)(z.Th,{children:e(`equipment.unit`)}),(0,G.jsx)(z.Th,{children:e(`equipment.stock`)}),(0,G.jsx)(z.Th,{children:e(`actions`)})]})}),(0,G.jsx)(z.Tbody,{children:a.equipmentItems.edges.map(({node:n})=>(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Td,{children:n.code}),(0,G.jsx)(z.Td,{children:n.name}),(0,G.jsx)(z.Td,{children:n.unit}),(0,G.jsx)(z.Td,{children:n.stock}),(0,G.jsx)(z.Td,{children:(0,G.jsxs)(R,{gap:4,wrap:`nowrap`,children:[(0,G.jsx)(t,{size:`xs`,variant:`light`,onClick:()=>c(n),"aria-label":e(`editNamed`,{name:n.name}),children:e(`edit`)}),(0,G.jsx)(t,{size:`xs`,variant:`light`,onClick:()=>u(n),"aria-label":e(`equipment.changeStockNamed`,{name:n.name}),children:e(`equipment.changeStock`)})]})})]},n.id))})]})}),o&&(0,G.jsx)(_t,{item:o===`new`?null:o,onClose:e=>{c(null),e&&r(e=>e+1)}}),l&&(0,G.jsx)(vt,{item:l,onClose:()=>u(null)})]})}function _t({item:e,onClose:n}){let{t:r}=b(`admin`),[i,a]=(0,K.useState)(e?.code??``),[o,c]=(0,K.useState)(e?.name??``),[l,u]=(0,K.useState)(e?.unit??``),[d,f]=(0,K.useState)(e?.stock??1),[p,m]=(0,K.useState)([]),[h,g]=(0,X.useMutation)(mt),[_,v]=(0,X.useMutation)(pt);function y(t){t.preventDefault();let a={code:i.trim(),name:o.trim(),unit:l.trim()},s=e=>{m(e),e.length===0&&n(!0)},c=()=>m(P(r(`network`)));e?_({variables:{input:{equipmentId:e.id,equipment:a}},onCompleted:e=>s(e.editEquipment.errors),onError:c}):h({variables:{input:{equipment:a,stock:d}},onCompleted:e=>s(e.createEquipment.errors),onError:c})}let{byField:x,general:S}=Z(p,[`code`,`name`,`unit`,`stock`]);return(0,G.jsx)(I,{opened:!0,onClose:()=>n(!1),title:e?r(`equipment.editTitle`,{name:e.name}):r(`equipment.newTitle`),closeButtonProps:{"aria-label":r(`close`)},children:(0,G.jsx)(`form`,{onSubmit:y,noValidate:!0,children:(0,G.jsxs)(s,{children:[(0,G.jsx)(F,{errors:S}),(0,G.jsxs)(W,{cols:{base:1,xs:2},children:[(0,G.jsx)(k,{label:r(`equipment.code`),value:i,onChange:e=>a(e.currentTarget.value),error:x.code,required:!0,"data-autofocus":!0}),(0,G.jsx)(k,{label:r(`equipment.name`),value:o,onChange:e=>c(e.currentTarget.value),error:x.name,required:!0}),(0,G.jsx)(k,{label:r(`equipment.unit`),value:l,onChange:e=>u(e.currentTarget.value),error:x.unit,required:!0}),!e&&(0,G.jsx)(U,{label:r(`equipment.stock`),value:d,min:0,onChange:e=>f(Number(e)||0),error:x.stock})]}),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(t,{variant:`default`,onClick:()=>n(!1),children:r(`cancel`)}),(0,G.jsx)(t,{type:`submit`,loading:g||v,children:r(e?`save`:`equipment.create`)})]})]})})})}function vt({item:e,onClose:n}){let{t:r}=b(`admin`),i=H(),[a,o]=(0,K.useState)(e.stock),[c,l]=(0,K.useState)([]),[u,d]=(0,K.useState)(null),[f,p]=(0,X.useMutation)(ft);function m(t){t.preventDefault(),d(null),f({variables:{input:{equipmentId:e.id,stock:a}},onCompleted:({changeEquipmentStock:e})=>{l(e.errors),e.errors.some(e=>e.code===`EQUIPMENT_IN_USE`)?d({peak:e.peakQuantity??null,at:e.peakAt??null,bookings:e.holdingBookings}):e.errors.length===0&&n()},onError:()=>l(P(r(`network`)))})}let{byField:h,general:g}=Z(c,[`stock`]);return(0,G.jsx)(I,{opened:!0,onClose:n,title:r(`equipment.stockTitle`,{name:e.name}),size:`xl`,closeButtonProps:{"aria-label":r(`close`)},children:(0,G.jsx)(`form`,{onSubmit:m,noValidate:!0,children:(0,G.jsxs)(s,{children:[(0,G.jsx)(F,{errors:g}),(0,G.jsx)(U,{label:r(`equipment.newStock`,{unit:e.unit}),value:a,min:0,onChange:e=>o(Number(e)||0),error:h.stock,maw:240,"data-autofocus":!0}),u&&(0,G.jsx)(O,{color:`orange`,title:r(`equipment.refusedTitle`),styles:N,children:u.at&&r(`equipment.peak`,{peak:u.peak,unit:e.unit,at:se(u.at,i)})}),u&&u.bookings.length>0&&(0,G.jsx)(L,{bookings:u.bookings,caption:r(`equipment.holding`)}),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(t,{variant:`default`,onClick:n,children:r(`cancel`)}),(0,G.jsx)(t,{type:`submit`,loading:p,children:r(`equipment.saveStock`)})]})]})})})}var yt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`applied`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`line`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`outcome`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`agencyOutcome`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`changes`,storageKey:null},c=[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],l={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`error`,plural:!1,selections:c,storageKey:null},u={alias:null,args:null,kind:`ScalarField`,name:`temporaryPassword`,storageKey:null},d={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},f={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:c,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ImportPageMutation`,selections:[{alias:null,args:t,concreteType:`ImportDirectoryPayload`,kind:`LinkedField`,name:`importDirectory`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`ImportRow`,kind:`LinkedField`,name:`rows`,plural:!0,selections:[r,i,a,o,s,l,u,{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[d],storageKey:null}],storageKey:null},f],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ImportPageMutation`,selections:[{alias:null,args:t,concreteType:`ImportDirectoryPayload`,kind:`LinkedField`,name:`importDirectory`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`ImportRow`,kind:`LinkedField`,name:`rows`,plural:!0,selections:[r,i,a,o,s,l,u,{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[d,{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null}],storageKey:null},f],storageKey:null}]},params:{cacheID:`39ce0c95ebdf38911292833dc304c9c6`,id:`33e3e860dea8c176837d1a1854430c64dff81b723a11e28f677703e05e6681d3`,metadata:{},name:`ImportPageMutation`,operationKind:`mutation`,text:`mutation ImportPageMutation(
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
`}}})();yt.hash=`907b562bde062df3321d6ac9d2624ff6`;var bt={CREATED:`green`,UPDATED:`blue`,UNCHANGED:`gray`,REFUSED:`red`},xt=`nrk;nama;email;kode_instansi;nama_instansi;peran
198001;Siti Aminah;siti@jakarta.go.id;DISKOMINFOTIK;Dinas Kominfotik;REQUESTER`;function St(){let{t:e}=b(`admin`),[n,r]=(0,K.useState)(null),[a,o]=(0,K.useState)([]),[c,u]=(0,K.useState)(null),[d,f]=(0,X.useMutation)(yt);function p(t){n?(o([]),d({variables:{input:{file:n,apply:t}},onCompleted:({importDirectory:e})=>{o(e.errors),u(e)},onError:()=>o(P(e(`network`)))})):o([{code:`VALIDATION`,message:e(`import.chooseFirst`),field:`file`}])}let{byField:m,general:h}=Z(a,[`file`]),g=c?.rows.some(e=>e.outcome===`REFUSED`)??!1,_=c!==null&&!c.applied&&!g&&c.errors.length===0;return(0,G.jsxs)(s,{maw:1100,children:[(0,G.jsx)(i,{order:1,children:e(`import.title`)}),(0,G.jsx)(l,{children:e(`import.help`)}),(0,G.jsx)(j,{block:!0,children:xt}),(0,G.jsx)(de,{label:e(`import.file`),description:e(`import.fileHelp`),placeholder:e(`import.choose`),accept:`.csv,text/csv`,value:n,onChange:e=>{r(e),u(null)},error:m.file,maw:420}),(0,G.jsx)(F,{errors:h}),(0,G.jsxs)(R,{children:[(0,G.jsx)(t,{onClick:()=>p(!1),loading:f&&!_,variant:_?`light`:`filled`,children:e(`import.dryRun`)}),(0,G.jsx)(t,{onClick:()=>p(!0),disabled:!_,loading:f&&_,children:e(`import.apply`)})]}),c&&(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(O,{color:c.applied?`green`:g?`red`:`blue`,role:`status`,styles:N,title:c.applied?e(`import.applied`):e(`import.dryRunDone`),children:c.applied?e(`import.appliedHelp`):e(g?`import.refusedHelp`:`import.readyHelp`)}),(0,G.jsx)(A,{minWidth:800,children:(0,G.jsxs)(z,{striped:!0,children:[(0,G.jsx)(z.Caption,{children:e(`import.rows`,{count:c.rows.length})}),(0,G.jsx)(z.Thead,{children:(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Th,{children:e(`import.line`)}),(0,G.jsx)(z.Th,{children:e(`users.nrk`)}),(0,G.jsx)(z.Th,{children:e(`users.name`)}),(0,G.jsx)(z.Th,{children:e(`import.outcome`)}),(0,G.jsx)(z.Th,{children:e(`import.agency`)}),(0,G.jsx)(z.Th,{children:e(`import.details`)}),c.applied&&(0,G.jsx)(z.Th,{children:e(`import.password`)})]})}),(0,G.jsx)(z.Tbody,{children:c.rows.map(t=>(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Td,{children:t.line}),(0,G.jsx)(z.Td,{children:t.nrk}),(0,G.jsx)(z.Td,{children:t.user?.name??``}),(0,G.jsx)(z.Td,{children:(0,G.jsx)(B,{color:bt[t.outcome]??`gray`,variant:`light`,c:`dark.8`,children:e(`import.outcomes.${t.outcome}`)})}),(0,G.jsx)(z.Td,{children:t.agencyOutcome?e(`import.outcomes.${t.agencyOutcome}`):``}),(0,G.jsx)(z.Td,{children:t.error?(0,G.jsx)(l,{size:`sm`,c:`red.9`,children:t.error.message}):t.changes.join(`, `)}),c.applied&&(0,G.jsx)(z.Td,{children:t.temporaryPassword?(0,G.jsx)(j,{children:t.temporaryPassword}):``})]},t.line))})]})}),c.applied&&(0,G.jsx)(l,{size:`sm`,children:e(`onceHint`)})]})]})}var Ct=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},a={alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[n,r,i,{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`facilities`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},l={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},u={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},d=[n,o,s,c,l,u,{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[i],storageKey:null}],f={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},p=[n,o,s,c,l,u,{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[i,n],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`RoomsAdminPageDeactivateMutation`,selections:[{alias:null,args:t,concreteType:`RoomPayload`,kind:`LinkedField`,name:`deactivateRoom`,plural:!1,selections:[a,{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`futureBookings`,plural:!0,selections:d,storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`rescheduled`,plural:!0,selections:d,storageKey:null},f],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`RoomsAdminPageDeactivateMutation`,selections:[{alias:null,args:t,concreteType:`RoomPayload`,kind:`LinkedField`,name:`deactivateRoom`,plural:!1,selections:[a,{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`futureBookings`,plural:!0,selections:p,storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`rescheduled`,plural:!0,selections:p,storageKey:null},f],storageKey:null}]},params:{cacheID:`4ec0dbdd5679b3a2137b4de254d9b8b6`,id:`2fe9cdc6f70f6e6e37060fcc77af7bf5ee8b80e240161c6ff9b3d8f4550ca2fd`,metadata:{},name:`RoomsAdminPageDeactivateMutation`,operationKind:`mutation`,text:`mutation RoomsAdminPageDeactivateMutation(
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
`}}})();Ct.hash=`8cf98fb67f01c3a4f9e45bdae7e6ee77`;var wt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},n=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RoomPayload`,kind:`LinkedField`,name:`editRoom`,plural:!1,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`facilities`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`RoomsAdminPageEditMutation`,selections:n,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`RoomsAdminPageEditMutation`,selections:n},params:{cacheID:`aa0aeda5ff6913fcf4eaa4a593f846ee`,id:`02058df1d579054c60ae10a8af7ceeb84874244dfb92133e0b05cef41c6ca603`,metadata:{},name:`RoomsAdminPageEditMutation`,operationKind:`mutation`,text:`mutation RoomsAdminPageEditMutation(
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
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();wt.hash=`b744f46ebda62492265880424df34644`;var Tt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},n=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RoomPayload`,kind:`LinkedField`,name:`createRoom`,plural:!1,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`facilities`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`RoomsAdminPageCreateMutation`,selections:n,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`RoomsAdminPageCreateMutation`,selections:n},params:{cacheID:`fb0713c7a68bd8b73c8a43111b711823`,id:`1eb0e9737afc80e35585a6028213ec672cde9efffc584be3cd459c06c57ace62`,metadata:{},name:`RoomsAdminPageCreateMutation`,operationKind:`mutation`,text:`mutation RoomsAdminPageCreateMutation(
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
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();Tt.hash=`7975249ec710fc43614bed8a63c4598a`;var Et=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},n=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RoomPayload`,kind:`LinkedField`,name:`reactivateRoom`,plural:!1,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`facilities`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`RoomsAdminPageReactivateMutation`,selections:n,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`RoomsAdminPageReactivateMutation`,selections:n},params:{cacheID:`2a9aa1a8011ab9800a79713357160b48`,id:`b0461beea9abb48976f2f920d27c6f617f936e7cc0fcb69f160156b9d8eccb5b`,metadata:{},name:`RoomsAdminPageReactivateMutation`,operationKind:`mutation`,text:`mutation RoomsAdminPageReactivateMutation(
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
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();Et.hash=`7925533b4a3e8362473bb37942505701`;var Dt=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`RoomConnection`,kind:`LinkedField`,name:`allRooms`,plural:!1,selections:[{alias:null,args:null,concreteType:`RoomEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`facilities`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`allRooms(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`RoomsAdminPageQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`RoomsAdminPageQuery`,selections:e},params:{cacheID:`d161f0769d1afc41449bfdb99709572f`,id:`cfa7aa3424a8706ab7e50499748289cfcd56eae5fa670fc1f21af8814dc7c944`,metadata:{},name:`RoomsAdminPageQuery`,operationKind:`query`,text:`query RoomsAdminPageQuery {
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
      }
    }
  }
}
`}}})();Dt.hash=`69113589580704f47b31c7dfd4e63504`;var Ot=[`code`,`name`,`building`,`floor`,`capacity`,`facilities`,`description`];function kt(){let{t:e}=b(`admin`),[n,r]=(0,K.useState)(0),a=(0,X.useLazyLoadQuery)(Dt,{},{fetchPolicy:`store-and-network`,fetchKey:n}),[o,c]=(0,K.useState)(null),[l,u]=(0,K.useState)(null),[d]=(0,X.useMutation)(Et),[f,p]=(0,K.useState)([]),m=a.allRooms.edges.map(e=>e.node);return(0,G.jsxs)(s,{maw:1100,children:[(0,G.jsxs)(R,{justify:`space-between`,children:[(0,G.jsx)(i,{order:1,children:e(`rooms.title`)}),(0,G.jsx)(t,{onClick:()=>c(`new`),children:e(`rooms.new`)})]}),(0,G.jsx)(F,{errors:f}),(0,G.jsx)(A,{minWidth:720,children:(0,G.jsxs)(z,{striped:!0,children:[(0,G.jsx)(z.Thead,{children:(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Th,{children:e(`rooms.code`)}),(0,G.jsx)(z.Th,{children:e(`rooms.name`)}),(0,G.jsx)(z.Th,{children:e(`rooms.building`)}),(0,G.jsx)(z.Th,{children:e(`rooms.floor`)}),(0,G.jsx)(z.Th,{children:e(`rooms.capacity`)}),(0,G.jsx)(z.Th,{children:e(`state`)}),(0,G.jsx)(z.Th,{children:e(`actions`)})]})}),(0,G.jsx)(z.Tbody,{children:m.map(n=>(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Td,{children:n.code}),(0,G.jsx)(z.Td,{children:n.name}),(0,G.jsx)(z.Td,{children:n.building}),(0,G.jsx)(z.Td,{children:n.floor}),(0,G.jsx)(z.Td,{children:n.capacity}),(0,G.jsx)(z.Td,{children:(0,G.jsx)(B,{color:n.isActive?`green`:`gray`,variant:`light`,c:`dark.8`,children:n.isActive?e(`active`):e(`inactive`)})}),(0,G.jsx)(z.Td,{children:(0,G.jsxs)(R,{gap:4,wrap:`nowrap`,children:[(0,G.jsx)(t,{size:`xs`,variant:`light`,onClick:()=>c(n),"aria-label":e(`editNamed`,{name:n.name}),children:e(`edit`)}),n.isActive?(0,G.jsx)(t,{size:`xs`,variant:`light`,color:`red`,onClick:()=>u(n),"aria-label":e(`deactivateNamed`,{name:n.name}),children:e(`deactivate`)}):(0,G.jsx)(t,{size:`xs`,variant:`light`,"aria-label":e(`reactivateNamed`,{name:n.name}),onClick:()=>d({variables:{input:{roomId:n.id}},onCompleted:e=>p(e.reactivateRoom.errors),onError:()=>p(P(e(`network`)))}),children:e(`reactivate`)})]})})]},n.id))})]})}),o&&(0,G.jsx)(At,{room:o===`new`?null:o,onClose:e=>{c(null),e&&r(e=>e+1)}}),l&&(0,G.jsx)(jt,{room:l,onClose:()=>u(null)})]})}function At({room:e,onClose:n}){let{t:r}=b(`admin`),[i,a]=(0,K.useState)({code:e?.code??``,name:e?.name??``,building:e?.building??``,floor:e?.floor??``,capacity:e?.capacity??10,facilities:e?.facilities.join(`, `)??``,description:e?.description??``}),[o,c]=(0,K.useState)([]),[l,u]=(0,X.useMutation)(Tt),[d,f]=(0,X.useMutation)(wt);function p(t){t.preventDefault();let a={code:i.code.trim(),name:i.name.trim(),building:i.building.trim(),floor:i.floor.trim(),capacity:Number(i.capacity)||0,facilities:i.facilities.split(`,`).map(e=>e.trim()).filter(Boolean),description:i.description.trim()||null},o=e=>{c(e),e.length===0&&n(!0)},s=()=>c(P(r(`network`)));e?d({variables:{input:{roomId:e.id,room:a}},onCompleted:e=>o(e.editRoom.errors),onError:s}):l({variables:{input:{room:a}},onCompleted:e=>o(e.createRoom.errors),onError:s})}let{byField:m,general:h}=Z(o,Ot),g=e=>({label:r(`rooms.${e}`),value:String(i[e]),onChange:t=>{let n=t.currentTarget.value;a(t=>({...t,[e]:n}))},error:m[e]});return(0,G.jsx)(I,{opened:!0,onClose:()=>n(!1),title:e?r(`rooms.editTitle`,{name:e.name}):r(`rooms.newTitle`),size:`lg`,closeButtonProps:{"aria-label":r(`close`)},children:(0,G.jsx)(`form`,{onSubmit:p,noValidate:!0,children:(0,G.jsxs)(s,{children:[(0,G.jsx)(F,{errors:h}),(0,G.jsxs)(W,{cols:{base:1,xs:2},children:[(0,G.jsx)(k,{...g(`code`),required:!0,"data-autofocus":!0}),(0,G.jsx)(k,{...g(`name`),required:!0}),(0,G.jsx)(k,{...g(`building`),required:!0}),(0,G.jsx)(k,{...g(`floor`),required:!0})]}),(0,G.jsx)(U,{label:r(`rooms.capacity`),value:i.capacity,min:1,max:1e4,onChange:e=>a(t=>({...t,capacity:Number(e)||0})),error:m.capacity,maw:200,required:!0}),(0,G.jsx)(k,{...g(`facilities`),description:r(`rooms.facilitiesHelp`)}),(0,G.jsx)(fe,{...g(`description`),autosize:!0,minRows:2}),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(t,{variant:`default`,onClick:()=>n(!1),children:r(`cancel`)}),(0,G.jsx)(t,{type:`submit`,loading:u||f,children:r(e?`save`:`rooms.create`)})]})]})})})}function jt({room:e,onClose:n}){let{t:r}=b(`admin`),[i,a]=(0,K.useState)(`REFUSE`),[o,c]=(0,K.useState)(``),[u,d]=(0,K.useState)([]),[f,p]=(0,K.useState)(null),[m,h]=(0,K.useState)(null),[g,_]=(0,X.useMutation)(Ct);function v(t){t.preventDefault(),f&&i===`REFUSE`?n():g({variables:{input:{roomId:e.id,futureBookings:f?i:`REFUSE`,reason:o.trim()||null}},onCompleted:({deactivateRoom:e})=>{let t=e.errors.some(e=>e.code===`ROOM_IN_USE`);d(t?[]:e.errors),t?p(e.futureBookings):e.errors.length===0&&(e.rescheduled.length?h(e.rescheduled):n())},onError:()=>d(P(r(`network`)))})}let{byField:y,general:x}=Z(u,[`reason`]);return(0,G.jsx)(I,{opened:!0,onClose:n,title:r(`rooms.deactivateTitle`,{name:e.name}),size:`xl`,closeButtonProps:{"aria-label":r(`close`)},children:m?(0,G.jsxs)(s,{children:[(0,G.jsx)(L,{bookings:m,caption:r(`rooms.moved`,{count:m.length})}),(0,G.jsx)(t,{onClick:n,w:`fit-content`,children:r(`close`)})]}):(0,G.jsx)(`form`,{onSubmit:v,noValidate:!0,children:(0,G.jsxs)(s,{children:[(0,G.jsx)(F,{errors:x}),f===null?(0,G.jsx)(l,{children:r(`rooms.deactivateHelp`)}):(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(L,{bookings:f,caption:r(`rooms.inUse`,{count:f.length})}),(0,G.jsx)(Y.Group,{label:r(`rooms.choice`),value:i,onChange:e=>a(e),children:(0,G.jsxs)(s,{gap:`xs`,mt:`xs`,children:[(0,G.jsx)(Y,{value:`REFUSE`,label:r(`rooms.keep`)}),(0,G.jsx)(Y,{value:`RESCHEDULE`,label:r(`rooms.reschedule`)})]})})]}),(f===null||i===`RESCHEDULE`)&&(0,G.jsx)(fe,{label:r(`rooms.reason`),description:r(`rooms.reasonHelp`),value:o,onChange:e=>c(e.currentTarget.value),error:y.reason,autosize:!0,minRows:2}),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(t,{variant:`default`,onClick:n,children:r(`cancel`)}),(0,G.jsx)(t,{type:`submit`,color:`red`,loading:_,children:r(f&&i===`REFUSE`?`rooms.keepButton`:`deactivate`)})]})]})})})}var Mt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`resetUserPassword`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`temporaryPassword`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageResetMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageResetMutation`,selections:t},params:{cacheID:`7e6555424c252b73043eb2aa8d923b71`,id:`26670f858505347abd8bde05887cd2cb6afa280782a1ba0d70607763472bd358`,metadata:{},name:`UsersAdminPageResetMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageResetMutation(
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
`}}})();Mt.hash=`111f98c07d697cc3652fa083eaf0b260`;var Nt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`deactivateUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageDeactivateMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageDeactivateMutation`,selections:t},params:{cacheID:`2721cb7ad0622f2bd56dd452bc3d11a2`,id:`4aa4755844735cfc64a38235809f76a45749bc64621e941cfa10056746f84552`,metadata:{},name:`UsersAdminPageDeactivateMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageDeactivateMutation(
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
`}}})();Nt.hash=`827d07000ea51d5b57fdb19026025429`;var Pt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},r=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`changeUserAccess`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},n,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[t,n],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageAccessMutation`,selections:r,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageAccessMutation`,selections:r},params:{cacheID:`a44cc099e9c8b74e3344cf9094c1914c`,id:`dd6df186690c49032833131be3b57339545f357d19247c0700e92d805d51a705`,metadata:{},name:`UsersAdminPageAccessMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageAccessMutation(
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
`}}})();Pt.hash=`2f34b12aa94c1785fbc457fb23b92d82`;var Ft=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`createUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`temporaryPassword`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageCreateMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageCreateMutation`,selections:t},params:{cacheID:`5be5f07712784de3550980ecc57936e5`,id:`08a991f20cb06609c1ea87ebec2c36844c4e0d33e32ea33797b7ad003d4df677`,metadata:{},name:`UsersAdminPageCreateMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageCreateMutation(
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
`}}})();Ft.hash=`035a7eb6cc770abd837043bdfdc5b91d`;var It=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`unlockUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageUnlockMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageUnlockMutation`,selections:t},params:{cacheID:`1d208b0f77f979f8daa648ef95231da3`,id:`d46a4cf4b76c79921ff355688d3b1fccd1ab51e50e9d9d41ec67f4eef530c070`,metadata:{},name:`UsersAdminPageUnlockMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageUnlockMutation(
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
`}}})();It.hash=`a3ae53dcfcb0f3f5169fd101f457c414`;var Lt=(function(){var e=[{defaultValue:30,kind:`LocalArgument`,name:`count`},{defaultValue:null,kind:`LocalArgument`,name:`cursor`},{defaultValue:null,kind:`LocalArgument`,name:`filter`}],t={kind:`Variable`,name:`filter`,variableName:`filter`},n=[{kind:`Variable`,name:`after`,variableName:`cursor`},t,{kind:`Variable`,name:`first`,variableName:`count`}],r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPagePaginationQuery`,selections:[{args:[{kind:`Variable`,name:`count`,variableName:`count`},{kind:`Variable`,name:`cursor`,variableName:`cursor`},t],kind:`FragmentSpread`,name:`UsersAdminPage_users`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPagePaginationQuery`,selections:[{alias:null,args:n,concreteType:`UserConnection`,kind:`LinkedField`,name:`users`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},i,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:n,filters:[`filter`],handle:`connection`,key:`UsersAdminPage_users`,kind:`LinkedHandle`,name:`users`}]},params:{cacheID:`b183fab9a8242516d14a4e8f4c8c35c0`,id:`2d9a3a9f243479482eb3801f4cfb7c8063b0019d8c7ed5fa791b99880b0f50d6`,metadata:{},name:`UsersAdminPagePaginationQuery`,operationKind:`query`,text:`query UsersAdminPagePaginationQuery(
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
`}}})();Lt.hash=`6e1bc30627ab11547f2007ef8fc55945`;var Rt=(function(){var e=[`users`],t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{argumentDefinitions:[{defaultValue:30,kind:`LocalArgument`,name:`count`},{defaultValue:null,kind:`LocalArgument`,name:`cursor`},{defaultValue:null,kind:`LocalArgument`,name:`filter`}],kind:`Fragment`,metadata:{connection:[{count:`count`,cursor:`cursor`,direction:`forward`,path:e}],refetch:{connection:{forward:{count:`count`,cursor:`cursor`},backward:null,path:e},fragmentPathInResult:[],operation:Lt}},name:`UsersAdminPage_users`,selections:[{alias:`users`,args:[{kind:`Variable`,name:`filter`,variableName:`filter`}],concreteType:`UserConnection`,kind:`LinkedField`,name:`__UsersAdminPage_users_connection`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},n,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[t,n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Query`,abstractKey:null}})();Rt.hash=`6e1bc30627ab11547f2007ef8fc55945`;var zt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`filter`}],t={kind:`Variable`,name:`filter`,variableName:`filter`},n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},a={alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`AgencyConnection`,kind:`LinkedField`,name:`agencies`,plural:!1,selections:[{alias:null,args:null,concreteType:`AgencyEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`node`,plural:!1,selections:[n,r,i],storageKey:null}],storageKey:null}],storageKey:`agencies(first:100)`},o=[t,{kind:`Literal`,name:`first`,value:30}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageQuery`,selections:[{args:[t],kind:`FragmentSpread`,name:`UsersAdminPage_users`},a],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageQuery`,selections:[{alias:null,args:o,concreteType:`UserConnection`,kind:`LinkedField`,name:`users`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},r,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},i,{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:o,filters:[`filter`],handle:`connection`,key:`UsersAdminPage_users`,kind:`LinkedHandle`,name:`users`},a]},params:{cacheID:`66f0d42d89de3ce028fdf35ac00e59a2`,id:`cc5ca930640229c26a9026d40dfeba831856ddc7828dc3f7983313a6fb442764`,metadata:{},name:`UsersAdminPageQuery`,operationKind:`query`,text:`query UsersAdminPageQuery(
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
`}}})();zt.hash=`4621c16bdec4d437b6c0d83030c6bf4c`;var Bt=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`UsersAdminPage_user`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[e,t],storageKey:null}],type:`User`,abstractKey:null}})();Bt.hash=`d8d1d145b67fe1bc9afa8ae3eed78332`;var Vt=[`REQUESTER`,`SERVICE_OFFICER`,`SERVICE_HEAD`,`EQUIPMENT_HEAD`,`LEADERSHIP`,`ADMIN`];function Ht(){let{t:e}=b(`admin`),[n,r]=(0,K.useState)(``),[a,o]=(0,K.useState)(`all`),[c,l]=(0,K.useState)(0),u={search:(0,K.useDeferredValue)(n.trim())||null,active:a===`all`?null:a===`active`},d=(0,X.useLazyLoadQuery)(zt,{filter:u},{fetchPolicy:`store-and-network`,fetchKey:c}),f=d.agencies.edges.map(e=>e.node),[p,m]=(0,K.useState)(!1);return(0,G.jsxs)(s,{maw:1200,children:[(0,G.jsxs)(R,{justify:`space-between`,children:[(0,G.jsx)(i,{order:1,children:e(`users.title`)}),(0,G.jsx)(t,{onClick:()=>m(!0),children:e(`users.new`)})]}),(0,G.jsxs)(R,{align:`end`,children:[(0,G.jsx)(k,{label:e(`users.search`),description:e(`users.searchHelp`),value:n,onChange:e=>r(e.currentTarget.value),type:`search`,w:280}),(0,G.jsx)(V,{label:e(`users.show`),data:[{value:`all`,label:e(`users.all`)},{value:`active`,label:e(`active`)},{value:`inactive`,label:e(`inactive`)}],value:a,onChange:e=>o(e??`all`),allowDeselect:!1,w:180})]}),(0,G.jsx)(Ut,{users:d,agencies:f}),p&&(0,G.jsx)(Kt,{agencies:f,onClose:e=>{m(!1),e&&l(e=>e+1)}})]})}function Ut({users:e,agencies:n}){let{t:r}=b(`admin`),i=H(),{data:a,hasNext:o,loadNext:c,isLoadingNext:u}=(0,X.usePaginationFragment)(Rt,e),[d,f]=(0,K.useState)(null),[p,m]=(0,K.useState)([]),[h]=(0,X.useMutation)(It),[g,_]=(0,K.useState)(null);return(0,G.jsxs)(s,{children:[(0,G.jsx)(l,{children:r(`users.count`,{count:a.users.totalCount})}),(0,G.jsx)(F,{errors:p}),g&&(0,G.jsx)(l,{role:`status`,c:`dark.8`,children:r(`users.unlocked`,{name:g})}),(0,G.jsx)(A,{minWidth:900,children:(0,G.jsxs)(z,{striped:!0,children:[(0,G.jsx)(z.Thead,{children:(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Th,{children:r(`users.nrk`)}),(0,G.jsx)(z.Th,{children:r(`users.name`)}),(0,G.jsx)(z.Th,{children:r(`users.agency`)}),(0,G.jsx)(z.Th,{children:r(`users.roles`)}),(0,G.jsx)(z.Th,{children:r(`state`)}),(0,G.jsx)(z.Th,{children:r(`actions`)})]})}),(0,G.jsx)(z.Tbody,{children:a.users.edges.map(({node:e})=>(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Td,{children:e.nrk}),(0,G.jsx)(z.Td,{children:e.name}),(0,G.jsx)(z.Td,{children:e.agency?.name??`–`}),(0,G.jsx)(z.Td,{children:e.roles.map(e=>r(`common:role.${e}`)).join(`, `)}),(0,G.jsx)(z.Td,{children:(0,G.jsxs)(R,{gap:4,children:[(0,G.jsx)(B,{color:e.isActive?`green`:`gray`,variant:`light`,c:`dark.8`,children:e.isActive?r(`active`):r(`inactive`)}),e.lockedUntil&&(0,G.jsx)(B,{color:`red`,variant:`light`,c:`dark.8`,children:r(`users.locked`,{time:ie(e.lockedUntil,i)})}),e.mustChangePassword&&(0,G.jsx)(B,{color:`yellow`,variant:`light`,c:`dark.8`,children:r(`users.mustChange`)})]})}),(0,G.jsx)(z.Td,{children:e.isActive&&(0,G.jsxs)(R,{gap:4,wrap:`nowrap`,children:[(0,G.jsx)(t,{size:`xs`,variant:`light`,onClick:()=>f({kind:`access`,user:e}),"aria-label":r(`users.accessNamed`,{name:e.name}),children:r(`users.access`)}),e.lockedUntil&&(0,G.jsx)(t,{size:`xs`,variant:`light`,"aria-label":r(`users.unlockNamed`,{name:e.name}),onClick:()=>{_(null),h({variables:{input:{userId:e.id}},onCompleted:t=>{m(t.unlockUser.errors),t.unlockUser.errors.length===0&&_(e.name)},onError:()=>m(P(r(`network`)))})},children:r(`users.unlock`)}),(0,G.jsx)(t,{size:`xs`,variant:`light`,onClick:()=>f({kind:`reset`,user:e}),"aria-label":r(`users.resetNamed`,{name:e.name}),children:r(`users.reset`)}),(0,G.jsx)(t,{size:`xs`,variant:`light`,color:`red`,onClick:()=>f({kind:`deactivate`,user:e}),"aria-label":r(`deactivateNamed`,{name:e.name}),children:r(`deactivate`)})]})})]},e.id))})]})}),o&&(0,G.jsx)(t,{variant:`default`,loading:u,onClick:()=>c(30),w:`fit-content`,children:r(`loadMore`)}),d?.kind===`access`&&(0,G.jsx)(qt,{user:d.user,agencies:n,onClose:()=>f(null)}),d?.kind===`deactivate`&&(0,G.jsx)(Jt,{user:d.user,onClose:()=>f(null)}),d?.kind===`reset`&&(0,G.jsx)(Yt,{user:d.user,onClose:()=>f(null)})]})}function Wt({value:e,onChange:t,error:n}){let{t:r}=b(`admin`);return(0,G.jsx)(ge.Group,{label:r(`users.roles`),value:e,onChange:t,error:n,withAsterisk:!0,children:(0,G.jsx)(W,{cols:{base:1,xs:2},mt:`xs`,children:Vt.map(e=>(0,G.jsx)(ge,{value:e,label:r(`common:role.${e}`)},e))})})}function Gt(e){return e.filter(e=>e.isActive).map(e=>({value:e.id,label:e.name}))}function Kt({agencies:e,onClose:n}){let{t:r}=b(`admin`),[i,a]=(0,K.useState)(``),[o,c]=(0,K.useState)(``),[l,u]=(0,K.useState)(``),[d,f]=(0,K.useState)(null),[p,m]=(0,K.useState)([`REQUESTER`]),[h,g]=(0,K.useState)(`id`),[_,v]=(0,K.useState)([]),[y,x]=(0,K.useState)(null),[S,C]=(0,X.useMutation)(Ft);function w(e){e.preventDefault(),S({variables:{input:{nrk:i.trim(),name:o.trim(),email:l.trim()||null,agencyId:d,roles:p,language:h}},onCompleted:({createUser:e})=>{v(e.errors),e.errors.length===0&&x(e.temporaryPassword??``)},onError:()=>v(P(r(`network`)))})}let{byField:T,general:E}=Z(_,[`nrk`,`name`,`email`,`agencyId`,`roles`,`language`]);return(0,G.jsx)(I,{opened:!0,onClose:()=>n(y!==null),title:r(`users.newTitle`),size:`lg`,closeButtonProps:{"aria-label":r(`close`)},children:y===null?(0,G.jsx)(`form`,{onSubmit:w,noValidate:!0,children:(0,G.jsxs)(s,{children:[(0,G.jsx)(F,{errors:E}),(0,G.jsxs)(W,{cols:{base:1,xs:2},children:[(0,G.jsx)(k,{label:r(`users.nrk`),value:i,onChange:e=>a(e.currentTarget.value),error:T.nrk,inputMode:`numeric`,required:!0,"data-autofocus":!0}),(0,G.jsx)(k,{label:r(`users.name`),value:o,onChange:e=>c(e.currentTarget.value),error:T.name,required:!0}),(0,G.jsx)(k,{label:r(`users.email`),type:`email`,value:l,onChange:e=>u(e.currentTarget.value),error:T.email}),(0,G.jsx)(V,{label:r(`users.agency`),data:Gt(e),value:d,onChange:f,error:T.agencyId,searchable:!0,clearable:!0}),(0,G.jsx)(V,{label:r(`users.language`),data:[{value:`id`,label:`Bahasa Indonesia`},{value:`en`,label:`English`}],value:h,onChange:e=>g(e??`id`),allowDeselect:!1,error:T.language})]}),(0,G.jsx)(Wt,{value:p,onChange:m,error:T.roles}),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(t,{variant:`default`,onClick:()=>n(!1),children:r(`cancel`)}),(0,G.jsx)(t,{type:`submit`,loading:C,children:r(`users.create`)})]})]})}):(0,G.jsxs)(s,{children:[(0,G.jsx)(M,{label:r(`users.created`,{name:o}),value:y}),(0,G.jsx)(t,{onClick:()=>n(!0),w:`fit-content`,children:r(`done`)})]})})}function qt({user:e,agencies:n,onClose:r}){let{t:i}=b(`admin`),[a,o]=(0,K.useState)([...e.roles]),[c,l]=(0,K.useState)(e.agency?.id??null),[u,d]=(0,K.useState)([]),[f,p]=(0,X.useMutation)(Pt);function m(t){t.preventDefault();let n=a.length===e.roles.length&&a.every(t=>e.roles.includes(t)),o=e.agency?.id??null;f({variables:{input:{userId:e.id,roles:n?null:a,agencyId:c===o?null:c,clearAgency:c===null&&o!==null}},onCompleted:({changeUserAccess:e})=>{d(e.errors),e.errors.length===0&&r()},onError:()=>d(P(i(`network`)))})}let{byField:h,general:g}=Z(u,[`roles`,`agencyId`]);return(0,G.jsx)(I,{opened:!0,onClose:r,title:i(`users.accessNamed`,{name:e.name}),size:`lg`,closeButtonProps:{"aria-label":i(`close`)},children:(0,G.jsx)(`form`,{onSubmit:m,noValidate:!0,children:(0,G.jsxs)(s,{children:[(0,G.jsx)(F,{errors:g}),(0,G.jsx)(Wt,{value:a,onChange:o,error:h.roles}),(0,G.jsx)(V,{label:i(`users.agency`),data:Gt(n),value:c,onChange:l,error:h.agencyId,searchable:!0,clearable:!0}),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(t,{variant:`default`,onClick:r,children:i(`cancel`)}),(0,G.jsx)(t,{type:`submit`,loading:p,children:i(`save`)})]})]})})})}function Jt({user:e,onClose:n}){let{t:r}=b(`admin`),[i,a]=(0,K.useState)([]),[o,c]=(0,X.useMutation)(Nt);return(0,G.jsx)(I,{opened:!0,onClose:n,title:r(`deactivateNamed`,{name:e.name}),closeButtonProps:{"aria-label":r(`close`)},children:(0,G.jsxs)(s,{children:[(0,G.jsx)(F,{errors:i}),(0,G.jsx)(l,{children:r(`users.deactivateHelp`,{name:e.name,nrk:e.nrk})}),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(t,{variant:`default`,onClick:n,children:r(`cancel`)}),(0,G.jsx)(t,{color:`red`,loading:c,onClick:()=>o({variables:{input:{userId:e.id}},onCompleted:({deactivateUser:e})=>{a(e.errors),e.errors.length===0&&n()},onError:()=>a(P(r(`network`)))}),children:r(`deactivate`)})]})]})})}function Yt({user:e,onClose:n}){let{t:r}=b(`admin`),[i,a]=(0,K.useState)([]),[o,c]=(0,K.useState)(null),[u,d]=(0,X.useMutation)(Mt);return(0,G.jsx)(I,{opened:!0,onClose:n,title:r(`users.resetNamed`,{name:e.name}),closeButtonProps:{"aria-label":r(`close`)},children:(0,G.jsxs)(s,{children:[(0,G.jsx)(F,{errors:i}),o===null?(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(l,{children:r(`users.resetHelp`)}),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(t,{variant:`default`,onClick:n,children:r(`cancel`)}),(0,G.jsx)(t,{loading:d,onClick:()=>u({variables:{input:{userId:e.id}},onCompleted:({resetUserPassword:e})=>{a(e.errors),e.errors.length===0&&c(e.temporaryPassword??``)},onError:()=>a(P(r(`network`)))}),children:r(`users.reset`)})]})]}):(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(M,{label:r(`users.newPassword`,{name:e.name}),value:o}),(0,G.jsx)(t,{onClick:n,w:`fit-content`,children:r(`done`)})]})]})})}export{Qe as AgenciesAdminPage,at as AuditPage,Fe as ChangePasswordPage,dt as ClosuresPage,gt as EquipmentAdminPage,St as ImportPage,kt as RoomsAdminPage,Ht as UsersAdminPage,qe as UtilisationPage};