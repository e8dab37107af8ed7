import{$ as e,A as t,At as n,B as r,D as i,Dt as a,F as o,G as s,H as c,J as l,M as u,N as d,Ot as f,P as p,U as m,X as h,b as g,bt as _,ct as v,gt as y,k as b,m as x,mt as S,n as C,nt as w,ot as T,p as E,q as D,tt as O,w as ee,wt as te,z as ne}from"./index-D9bkC2R6.js";import{t as k}from"./TextInput-CxD4SwT0.js";import{a as A,c as j,i as M,n as N,o as P,r as F,s as I,t as L}from"./shared-Cspaag4h.js";import{t as R}from"./Group-CGqIaPt4.js";import{t as re}from"./SegmentedControl-llGJWetm.js";import{t as z}from"./Table-bb7ISn6k.js";import{a as ie,n as ae,o as oe,r as se,s as ce,t as le}from"./time-DCC4qMpP.js";import{t as ue}from"./Card-Oe0LSC-f.js";import{t as B}from"./Badge-y9Cgj-ci.js";import{t as V}from"./Select-DLxN3zkE.js";import{t as H}from"./useLang-BQw1AP_a.js";import{t as U}from"./NumberInput-Dz0zQH54.js";import{t as W}from"./SimpleGrid-CrbOvPhi.js";import{t as de}from"./FileInput-BsG94wk_.js";import{t as fe}from"./get-auto-contrast-value-BTPwFOS2.js";import{n as pe,r as me,t as he}from"./Checkbox-CTKckgGn.js";import{t as ge}from"./Input-W_r87X_A.js";import{t as _e}from"./use-uncontrolled-DEILnyIm.js";import{x as ve}from"./floating-ui.react-0wD8sZVM.js";import{t as ye}from"./Textarea-CyDSv7zB.js";var G=h();function be({size:e,style:t,...n}){return(0,G.jsx)(`svg`,{xmlns:`http://www.w3.org/2000/svg`,fill:`none`,viewBox:`0 0 5 5`,style:{width:_(e),height:_(e),...t},"aria-hidden":!0,...n,children:(0,G.jsx)(`circle`,{cx:`2.5`,cy:`2.5`,r:`2.5`,fill:`currentColor`})})}var K=n(f(),1),xe=(0,K.createContext)(null),Se=m((e=>{let{value:t,defaultValue:n,onChange:r,size:i,wrapperProps:a,children:o,name:s,readOnly:c,disabled:u,...d}=l(`RadioGroup`,null,e),f=v(s),[p,m]=_e({value:t,defaultValue:n,finalValue:``,onChange:r});return(0,G.jsx)(xe,{value:{value:p,onChange:e=>!c&&m(typeof e==`string`?e:e.currentTarget.value),size:i,name:f,disabled:u},children:(0,G.jsx)(ge.Wrapper,{size:i,...a,...d,labelElement:`div`,__staticSelector:`RadioGroup`,children:(0,G.jsx)(me,{role:`radiogroup`,children:o})})})}));Se.classes=ge.Wrapper.classes,Se.displayName=`@mantine/core/RadioGroup`;var Ce={card:`m_9dc8ae12`},we=(0,K.createContext)(null),Te={withBorder:!0},Ee=T((e,{radius:t})=>({card:{"--card-radius":S(t)}})),q=c(e=>{let t=l(`RadioCard`,Te,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,checked:c,mod:u,withBorder:d,value:f,onClick:p,name:m,onKeyDown:h,attributes:g,..._}=t,v=D({name:`RadioCard`,classes:Ce,props:t,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:g,vars:s,varsResolver:Ee,rootSelector:`card`}),{dir:y}=ve(),b=(0,K.use)(xe),x=typeof c==`boolean`?c:b?.value===f||!1,S=m||b?.name,C=e=>{if(h?.(e),S&&[`ArrowDown`,`ArrowUp`,`ArrowLeft`,`ArrowRight`].includes(e.nativeEvent.code)){e.preventDefault();let t=Array.from(document.querySelectorAll(`[role="radio"][name="${S}"]`)),n=t.findIndex(t=>t===e.target),r=n+1>=t.length?0:n+1,i=n-1<0?t.length-1:n-1;e.nativeEvent.code===`ArrowDown`&&(t[r].focus(),t[r].click()),e.nativeEvent.code===`ArrowUp`&&(t[i].focus(),t[i].click()),e.nativeEvent.code===`ArrowLeft`&&(t[y===`ltr`?i:r].focus(),t[y===`ltr`?i:r].click()),e.nativeEvent.code===`ArrowRight`&&(t[y===`ltr`?r:i].focus(),t[y===`ltr`?r:i].click())}};return(0,G.jsx)(we,{value:{checked:x},children:(0,G.jsx)(ne,{mod:[{"with-border":d,checked:x},u],...v(`card`),..._,role:`radio`,"aria-checked":x,name:S,onClick:e=>{p?.(e),b?.onChange(f||``)},onKeyDown:C})})});q.displayName=`@mantine/core/RadioCard`,q.classes=Ce,q.varsResolver=Ee;var De={indicator:`m_717d7ff6`,icon:`m_3e4da632`,"indicator--outline":`m_2980836c`},Oe={icon:be},ke=T((t,{radius:n,color:r,size:i,iconColor:a,variant:o,autoContrast:s})=>{let c=w({color:r||t.primaryColor,theme:t}),l=c.isThemeColor&&c.shade===void 0?`var(--mantine-color-${c.color}-outline)`:c.color;return{indicator:{"--radio-size":y(i,`radio-size`),"--radio-radius":n===void 0?void 0:S(n),"--radio-color":o===`outline`?l:O(r,t),"--radio-icon-size":typeof i==`number`?`calc(${y(i,`radio-size`)} * 0.4)`:y(i,`radio-icon-size`),"--radio-icon-color":a?O(a,t):fe(s,t)?e({color:r,theme:t,autoContrast:s}):void 0}}}),J=c(e=>{let t=l(`RadioIndicator`,Oe,e),{classNames:n,className:i,style:a,styles:o,unstyled:s,vars:c,icon:u,radius:d,color:f,iconColor:p,autoContrast:m,checked:h,mod:g,variant:_,disabled:v,attributes:y,...b}=t,x=D({name:`RadioIndicator`,classes:De,props:t,className:i,style:a,classNames:n,styles:o,unstyled:s,attributes:y,vars:c,varsResolver:ke,rootSelector:`indicator`}),S=(0,K.use)(we),C=typeof h==`boolean`?h:S?.checked||!1;return(0,G.jsx)(r,{...x(`indicator`,{variant:_}),variant:_,mod:[{checked:C,disabled:v},g],...b,children:(0,G.jsx)(u,{...x(`icon`)})})});J.displayName=`@mantine/core/RadioIndicator`,J.classes=De,J.varsResolver=ke;var Ae={root:`m_f3f1af94`,inner:`m_89c4f5e4`,icon:`m_f3ed6b2b`,radio:`m_8a3dbb89`,"radio--outline":`m_1bfe9d39`},je={labelPosition:`right`,withErrorStyles:!0},Me=T((t,{size:n,radius:r,color:i,iconColor:a,variant:o,autoContrast:s})=>{let c=w({color:i||t.primaryColor,theme:t}),l=c.isThemeColor&&c.shade===void 0?`var(--mantine-color-${c.color}-outline)`:c.color;return{root:{"--radio-size":y(n,`radio-size`),"--radio-radius":r===void 0?void 0:S(r),"--radio-color":o===`outline`?l:O(i,t),"--radio-icon-color":a?O(a,t):fe(s,t)?e({color:i,theme:t,autoContrast:s}):void 0,"--radio-icon-size":y(n,`radio-icon-size`)}}}),Y=c(e=>{let t=l(`Radio`,je,e),{classNames:n,className:i,style:a,styles:o,unstyled:c,vars:u,id:d,size:f,label:p,labelPosition:m,description:h,error:g,radius:_,color:y,variant:b,disabled:x,wrapperProps:S,icon:C=be,rootRef:w,iconColor:T,onChange:E,mod:O,attributes:ee,withErrorStyles:te,checked:ne,...k}=t,A=D({name:`Radio`,classes:Ae,props:t,className:i,style:a,classNames:n,styles:o,unstyled:c,attributes:ee,vars:u,varsResolver:Me}),j=(0,K.use)(xe),M=j?.size??f,N=t.size?f:M,{styleProps:P,rest:F}=s(k),I=v(d),L=[h?`${I}-description`:void 0,g&&typeof g!=`boolean`?`${I}-error`:void 0,F[`aria-describedby`]].filter(Boolean).join(` `)||void 0,R=j?j.value===F.value:void 0,re={checked:R??ne,name:F.name??j?.name,onChange:e=>{j?.onChange(e),E?.(e)},disabled:j?.disabled??x};return(0,G.jsx)(pe,{...A(`root`),__staticSelector:`Radio`,__stylesApiProps:t,id:I,size:N,labelPosition:m,label:p,description:h,error:g,disabled:re.disabled,classNames:n,styles:o,unstyled:c,"data-checked":(R??ne)||void 0,variant:b,ref:w,mod:O,attributes:ee,...P,...S,children:(0,G.jsxs)(r,{...A(`inner`),mod:{"label-position":m},children:[(0,G.jsx)(r,{...A(`radio`,{focusable:!0,variant:b}),...F,...re,component:`input`,mod:{error:!!g,"with-error-styles":te},id:I,type:`radio`,"aria-describedby":L}),(0,G.jsx)(C,{...A(`icon`),"aria-hidden":!0})]})})});Y.classes=Ae,Y.varsResolver=Me,Y.displayName=`@mantine/core/Radio`,Y.Group=Se,Y.Card=q,Y.Indicator=J;var Ne=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`changePassword`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ChangePasswordPageMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ChangePasswordPageMutation`,selections:t},params:{cacheID:`f66a67dc3b7dbbd425fff5e6582fc9e9`,id:`e9fdfdf446713afa8119dafebf8bed143885a8db4ef5e3c1a96399fa97fb5b26`,metadata:{},name:`ChangePasswordPageMutation`,operationKind:`mutation`,text:`mutation ChangePasswordPageMutation(
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
`}}})();Ne.hash=`a826949adc295bef6b09d05463f13201`;var X=i();function Z(e,t){let n={},r=[];for(let i of e){let e=i.field?.split(`.`).pop();e&&t.includes(e)&&!n[e]?n[e]=i.message:r.push(i)}return{byField:n,general:r}}function Pe(e,t){let n=e??{},r=t??{},i=[...new Set([...Object.keys(n),...Object.keys(r)])],a=e=>e===void 0?`–`:JSON.stringify(e);return i.filter(e=>JSON.stringify(n[e])!==JSON.stringify(r[e])).map(t=>e?`${t}: ${a(n[t])} → ${a(r[t])}`:`${t}: ${a(r[t])}`)}function Fe(){let{t:e}=a(`admin`),n=ee(),[r,i]=(0,K.useState)(``),[s,c]=(0,K.useState)(``),[l,d]=(0,K.useState)(``),[f,m]=(0,K.useState)([]),[h,g]=(0,K.useState)(!1),[_,v]=(0,X.useMutation)(Ne);function y(t){t.preventDefault(),g(!1),s===l?_({variables:{input:{currentPassword:r,newPassword:s}},onCompleted:({changePassword:e})=>{m(e.errors),e.errors.length===0&&(g(!0),i(``),c(``),d(``))},onError:()=>m(P(e(`network`)))}):m([{code:`VALIDATION`,message:e(`password.mismatch`),field:`repeat`}])}let{byField:x,general:S}=Z(f,[`currentPassword`,`newPassword`,`repeat`]);return(0,G.jsxs)(t,{maw:480,children:[(0,G.jsx)(b,{order:1,children:e(`password.title`)}),(0,G.jsx)(p,{children:e(`password.help`)}),(0,G.jsx)(`form`,{onSubmit:y,noValidate:!0,children:(0,G.jsxs)(t,{children:[(0,G.jsx)(F,{errors:S}),(0,G.jsx)(k,{label:e(`password.current`),value:r,onChange:e=>i(e.currentTarget.value),error:x.currentPassword,"aria-invalid":!!x.currentPassword,type:`password`,autoComplete:`current-password`,required:!0}),(0,G.jsx)(k,{label:e(`password.new`),value:s,onChange:e=>c(e.currentTarget.value),error:x.newPassword,"aria-invalid":!!x.newPassword,type:`password`,autoComplete:`new-password`,required:!0}),(0,G.jsx)(k,{label:e(`password.repeat`),value:l,onChange:e=>d(e.currentTarget.value),error:x.repeat,"aria-invalid":!!x.repeat,type:`password`,autoComplete:`new-password`,required:!0}),h&&(0,G.jsxs)(o,{color:`green`,role:`status`,children:[e(`password.changed`),` `,(0,G.jsx)(u,{variant:`subtle`,size:`compact-sm`,onClick:()=>n(`/`),children:e(`password.home`)})]}),(0,G.jsx)(u,{type:`submit`,loading:v,w:`fit-content`,children:e(`password.save`)})]})})]})}var Ie=(function(){var e={defaultValue:null,kind:`LocalArgument`,name:`from`},t={defaultValue:null,kind:`LocalArgument`,name:`groupBy`},n={defaultValue:null,kind:`LocalArgument`,name:`to`},r=[{alias:null,args:null,kind:`ScalarField`,name:`key`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`bookableHours`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`bookedHours`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`usedHours`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`utilisation`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`requests`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`booked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShows`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowRate`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cancellations`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cancellationRate`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`meanLeadHours`,storageKey:null}],i=[{alias:null,args:[{kind:`Variable`,name:`from`,variableName:`from`},{kind:`Variable`,name:`groupBy`,variableName:`groupBy`},{kind:`Variable`,name:`to`,variableName:`to`}],concreteType:`UtilisationReport`,kind:`LinkedField`,name:`utilisationReport`,plural:!1,selections:[{alias:null,args:null,concreteType:`UtilisationRow`,kind:`LinkedField`,name:`rows`,plural:!0,selections:r,storageKey:null},{alias:null,args:null,concreteType:`UtilisationRow`,kind:`LinkedField`,name:`total`,plural:!1,selections:r,storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:[e,t,n],kind:`Fragment`,metadata:null,name:`UtilisationPageQuery`,selections:i,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[e,n,t],kind:`Operation`,name:`UtilisationPageQuery`,selections:i},params:{cacheID:`d3a087795edcb480113fcf283f00367e`,id:`9fd8ea2bb8c143f061a0f8dfdef35be855898a99725e3d7e8d8e89d3ecd69dde`,metadata:{},name:`UtilisationPageQuery`,operationKind:`query`,text:`query UtilisationPageQuery(
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
`}}})();Le.hash=`f349b31e761fada4728d978437dab39c`;function Re(e){let t=document.createElement(`a`);t.href=e,t.rel=`noopener`,t.download=``,document.body.appendChild(t),t.click(),t.remove()}function ze({from:e,to:n,groupBy:r}){let{t:i}=a(`analytics`),[o,s]=(0,K.useState)([]),[c,l]=(0,K.useState)(null),[f,m]=(0,K.useState)(null),[h]=(0,X.useMutation)(Le);function g(t,a){let o=i(`export.${t}`,{format:a});m(o),h({variables:{input:{kind:t,format:a,from:e,to:n,groupBy:r,lang:te()}},onCompleted:({createExport:e})=>{m(null),s(e.errors),e.url&&(l({url:e.url,label:o}),Re(e.url))},onError:()=>{m(null),s(P(i(`network`)))}})}return(0,G.jsxs)(t,{gap:`xs`,children:[(0,G.jsx)(R,{gap:`xs`,children:[`UTILISATION`,`BOOKINGS`].flatMap(e=>[`CSV`,`XLSX`].map(t=>{let n=i(`export.${e}`,{format:t});return(0,G.jsx)(u,{variant:`light`,size:`sm`,loading:f===n,onClick:()=>g(e,t),children:n},n)}))}),(0,G.jsx)(F,{errors:o}),c&&(0,G.jsxs)(p,{size:`sm`,role:`status`,children:[i(`export.ready`),` `,(0,G.jsx)(d,{href:c.url,download:!0,children:c.label})]})]})}var Be=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`MonthlySummaryPayload`,kind:`LinkedField`,name:`requestMonthlySummary`,plural:!1,selections:[{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`MonthlySummaryMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`MonthlySummaryMutation`,selections:t},params:{cacheID:`c39a8f63ed4a41c05275542bc1d42d57`,id:`d5170abbac25cb4828944c4291b2d5ffd8eafc70c4c86263ad24f7915a12191b`,metadata:{},name:`MonthlySummaryMutation`,operationKind:`mutation`,text:`mutation MonthlySummaryMutation(
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
`}}})();Ve.hash=`bc25179dec86c50e0b8a1b51e94cdf7c`;var He=Ve;function Ue(){let[e,t]=oe().split(`-`).map(Number);return t===1?`${e-1}-12`:`${e}-${String(t-1).padStart(2,`0`)}`}function We(){let{t:e}=a(`analytics`),n=(0,X.useRelayEnvironment)(),[r,i]=(0,K.useState)(Ue()),[o,s]=(0,K.useState)(null),[c,l]=(0,K.useState)([]),[f,m]=(0,X.useMutation)(Be);(0,K.useEffect)(()=>{if(o?.status!==`PENDING`)return;let e=setInterval(()=>{(0,X.fetchQuery)(n,He,{month:r},{fetchPolicy:`network-only`}).toPromise().then(e=>e&&e.monthlySummary.status!==`PENDING`&&s(e.monthlySummary)).catch(()=>void 0)},2e3);return()=>clearInterval(e)},[o?.status,n,r]);let{byField:h,general:g}=Z(c,[`month`]);return(0,G.jsx)(ue,{withBorder:!0,children:(0,G.jsxs)(t,{children:[(0,G.jsx)(b,{order:2,size:`h4`,children:e(`monthly.title`)}),(0,G.jsx)(p,{size:`sm`,children:e(`monthly.help`)}),(0,G.jsx)(F,{errors:g}),(0,G.jsxs)(R,{align:`end`,children:[(0,G.jsx)(k,{type:`month`,label:e(`monthly.month`),value:r,onChange:e=>{i(e.currentTarget.value),s(null)},error:h.month}),(0,G.jsx)(u,{loading:m,onClick:()=>f({variables:{input:{month:r}},onCompleted:({requestMonthlySummary:e})=>{l(e.errors),s(e.document??null)},onError:()=>l(P(e(`network`)))}),children:e(`monthly.make`)})]}),o?.status===`READY`&&o.url&&(0,G.jsx)(d,{href:o.url,target:`_blank`,rel:`noopener`,download:!0,children:e(`monthly.download`,{month:r})}),o?.status===`PENDING`&&(0,G.jsx)(p,{size:`sm`,role:`status`,children:e(`monthly.pending`)}),o?.status===`FAILED`&&(0,G.jsx)(p,{size:`sm`,c:`red.9`,role:`alert`,children:e(`monthly.failed`)})]})})}var Q=e=>e==null?`–`:`${Math.round(e*100)}%`,$=e=>e==null?`–`:e.toFixed(1);function Ge({rows:e,title:t}){let{t:n}=a(`analytics`),r=[...e].sort((e,t)=>t.bookedHours-e.bookedHours).slice(0,15),i=Math.max(1,...r.map(e=>Math.max(e.bookedHours,e.bookableHours??0))),o=e=>e/i*410,s=r.length*40+34;return(0,G.jsxs)(`svg`,{viewBox:`0 0 640 ${s}`,width:`100%`,role:`img`,"aria-label":t,style:{maxWidth:640},children:[(0,G.jsx)(`title`,{children:t}),r.map((e,t)=>{let n=8+t*40,r=e.name.length>24?`${e.name.slice(0,23)}…`:e.name;return(0,G.jsxs)(`g`,{children:[(0,G.jsx)(`text`,{x:0,y:n+14+2,fontSize:`12`,fill:`#212529`,children:r}),e.bookableHours!=null&&(0,G.jsx)(`rect`,{x:170,y:n,width:o(e.bookableHours),height:26,fill:`#e9ecef`}),(0,G.jsx)(`rect`,{x:170,y:n,width:o(e.bookedHours),height:12,fill:`#1971c2`}),(0,G.jsx)(`rect`,{x:170,y:n+14,width:o(e.usedHours),height:12,fill:`#2f9e44`}),(0,G.jsx)(`text`,{x:170+o(Math.max(e.bookedHours,e.bookableHours??0))+4,y:n+14+2,fontSize:`12`,fill:`#212529`,children:Q(e.utilisation)})]},e.key)}),(0,G.jsx)(`text`,{x:170,y:s-6,fontSize:`12`,fill:`#212529`,children:n(`chartLegend`)})]})}function Ke({from:e,to:n,groupBy:r}){let{t:i}=a(`analytics`),{rows:o,total:s}=(0,X.useLazyLoadQuery)(Ie,{from:e,to:n,groupBy:r},{fetchPolicy:`store-and-network`}).utilisationReport,c=[...o,s];return(0,G.jsxs)(t,{children:[o.length===0?(0,G.jsx)(p,{children:i(`empty`)}):(0,G.jsx)(Ge,{rows:o,title:i(`chartTitle`)}),(0,G.jsx)(A,{minWidth:900,children:(0,G.jsxs)(z,{striped:!0,children:[(0,G.jsx)(z.Thead,{children:(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Th,{children:i(`group.${r}`)}),(0,G.jsx)(z.Th,{children:i(`bookable`)}),(0,G.jsx)(z.Th,{children:i(`booked`)}),(0,G.jsx)(z.Th,{children:i(`used`)}),(0,G.jsx)(z.Th,{children:i(`utilisation`)}),(0,G.jsx)(z.Th,{children:i(`requests`)}),(0,G.jsx)(z.Th,{children:i(`noShows`)}),(0,G.jsx)(z.Th,{children:i(`cancellations`)}),(0,G.jsx)(z.Th,{children:i(`lead`)})]})}),(0,G.jsx)(z.Tbody,{children:c.map(e=>(0,G.jsxs)(z.Tr,{fw:e.key===`*`?700:void 0,children:[(0,G.jsx)(z.Td,{children:e.key===`*`?i(`total`):e.name}),(0,G.jsx)(z.Td,{children:$(e.bookableHours)}),(0,G.jsx)(z.Td,{children:$(e.bookedHours)}),(0,G.jsx)(z.Td,{children:$(e.usedHours)}),(0,G.jsx)(z.Td,{children:Q(e.utilisation)}),(0,G.jsx)(z.Td,{children:e.requests}),(0,G.jsxs)(z.Td,{children:[e.noShows,` (`,Q(e.noShowRate),`)`]}),(0,G.jsxs)(z.Td,{children:[e.cancellations,` (`,Q(e.cancellationRate),`)`]}),(0,G.jsx)(z.Td,{children:$(e.meanLeadHours)})]},e.key))})]})})]})}function qe(){let{t:e}=a(`analytics`),n=x(),r=oe(),[i,o]=(0,K.useState)(le(r,-30)),[s,c]=(0,K.useState)(le(r,30)),[l,u]=(0,K.useState)(`ROOM`),f=/^\d{4}-\d{2}-\d{2}$/.test(i)&&/^\d{4}-\d{2}-\d{2}$/.test(s)&&i<=s;return(0,G.jsxs)(t,{maw:1100,children:[(0,G.jsx)(b,{order:1,children:e(`title`)}),(0,G.jsxs)(p,{children:[e(`help`),` `,(0,G.jsx)(d,{component:g,to:`/staff/service-levels`,children:e(`serviceLevels`)})]}),(0,G.jsxs)(R,{align:`end`,children:[(0,G.jsx)(k,{type:`date`,label:e(`from`),value:i,onChange:e=>o(e.currentTarget.value)}),(0,G.jsx)(k,{type:`date`,label:e(`to`),value:s,onChange:e=>c(e.currentTarget.value)}),(0,G.jsxs)(t,{gap:4,children:[(0,G.jsx)(p,{size:`sm`,fw:500,id:`group-by-label`,children:e(`groupBy`)}),(0,G.jsx)(re,{"aria-labelledby":`group-by-label`,value:l,onChange:e=>u(e),data:[`ROOM`,`BUILDING`,`AGENCY`].map(t=>({value:t,label:e(`group.${t}`)}))})]})]}),f?(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(ze,{from:i,to:s,groupBy:l}),(0,G.jsx)(K.Suspense,{fallback:(0,G.jsx)(C,{}),children:(0,G.jsx)(Ke,{from:i,to:s,groupBy:l})})]}):(0,G.jsx)(p,{c:`red.9`,role:`alert`,children:e(`badPeriod`)}),E(n,`LEADERSHIP`,`SERVICE_HEAD`,`ADMIN`)&&(0,G.jsx)(We,{})]})}var Je=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`AgencyPayload`,kind:`LinkedField`,name:`renameAgency`,plural:!1,selections:[{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AgenciesAdminPageRenameMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AgenciesAdminPageRenameMutation`,selections:t},params:{cacheID:`f535d24bf7bb60483e7eabc60ce3cc04`,id:`172222d1381cb266a208ee64620c13f8813730d0cc3f221cd9521d9c730d2f91`,metadata:{},name:`AgenciesAdminPageRenameMutation`,operationKind:`mutation`,text:`mutation AgenciesAdminPageRenameMutation(
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
`}}})();Ze.hash=`5c4c4f66a61ef861e921e8d6b07861ba`;function Qe(){let{t:e}=a(`admin`),[n,r]=(0,K.useState)(0),i=(0,X.useLazyLoadQuery)(Ze,{},{fetchPolicy:`store-and-network`,fetchKey:n}),[o,s]=(0,K.useState)(null),[c,l]=(0,K.useState)(null),[d,f]=(0,K.useState)([]),[p,m]=(0,X.useMutation)(Xe);return(0,G.jsxs)(t,{maw:900,children:[(0,G.jsxs)(R,{justify:`space-between`,children:[(0,G.jsx)(b,{order:1,children:e(`agencies.title`)}),(0,G.jsx)(u,{onClick:()=>s(`new`),children:e(`agencies.new`)})]}),(0,G.jsx)(F,{errors:d}),(0,G.jsx)(A,{minWidth:560,children:(0,G.jsxs)(z,{striped:!0,children:[(0,G.jsx)(z.Thead,{children:(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Th,{children:e(`agencies.code`)}),(0,G.jsx)(z.Th,{children:e(`agencies.name`)}),(0,G.jsx)(z.Th,{children:e(`state`)}),(0,G.jsx)(z.Th,{children:e(`actions`)})]})}),(0,G.jsx)(z.Tbody,{children:i.agencies.edges.map(({node:t})=>(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Td,{children:t.code}),(0,G.jsx)(z.Td,{children:t.name}),(0,G.jsx)(z.Td,{children:(0,G.jsx)(B,{color:t.isActive?`green`:`gray`,variant:`light`,c:`dark.8`,children:t.isActive?e(`active`):e(`inactive`)})}),(0,G.jsx)(z.Td,{children:(0,G.jsxs)(R,{gap:4,wrap:`nowrap`,children:[(0,G.jsx)(u,{size:`xs`,variant:`light`,onClick:()=>s(t),"aria-label":e(`agencies.renameNamed`,{name:t.name}),children:e(`agencies.rename`)}),t.isActive&&(0,G.jsx)(u,{size:`xs`,variant:`light`,color:`red`,onClick:()=>l(t),"aria-label":e(`deactivateNamed`,{name:t.name}),children:e(`deactivate`)})]})})]},t.id))})]})}),o&&(0,G.jsx)($e,{agency:o===`new`?null:o,onClose:e=>{s(null),e&&r(e=>e+1)}}),c&&(0,G.jsx)(I,{opened:!0,onClose:()=>l(null),title:e(`deactivateNamed`,{name:c.name}),closeButtonProps:{"aria-label":e(`close`)},children:(0,G.jsxs)(t,{children:[e(`agencies.deactivateHelp`),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(u,{variant:`default`,onClick:()=>l(null),children:e(`cancel`)}),(0,G.jsx)(u,{color:`red`,loading:m,onClick:()=>p({variables:{input:{agencyId:c.id}},onCompleted:e=>{f(e.deactivateAgency.errors),l(null)},onError:()=>f(P(e(`network`)))}),children:e(`deactivate`)})]})]})})]})}function $e({agency:e,onClose:n}){let{t:r}=a(`admin`),[i,o]=(0,K.useState)(e?.code??``),[s,c]=(0,K.useState)(e?.name??``),[l,d]=(0,K.useState)([]),[f,p]=(0,X.useMutation)(Ye),[m,h]=(0,X.useMutation)(Je);function g(t){t.preventDefault();let a=e=>{d(e),e.length===0&&n(!0)},o=()=>d(P(r(`network`)));e?m({variables:{input:{agencyId:e.id,name:s.trim()}},onCompleted:e=>a(e.renameAgency.errors),onError:o}):f({variables:{input:{code:i.trim(),name:s.trim()}},onCompleted:e=>a(e.createAgency.errors),onError:o})}let{byField:_,general:v}=Z(l,[`code`,`name`]);return(0,G.jsx)(I,{opened:!0,onClose:()=>n(!1),title:e?r(`agencies.renameNamed`,{name:e.name}):r(`agencies.newTitle`),closeButtonProps:{"aria-label":r(`close`)},children:(0,G.jsx)(`form`,{onSubmit:g,noValidate:!0,children:(0,G.jsxs)(t,{children:[(0,G.jsx)(F,{errors:v}),(0,G.jsx)(k,{label:r(`agencies.code`),value:i,onChange:e=>o(e.currentTarget.value),error:_.code,disabled:!!e,required:!0}),(0,G.jsx)(k,{label:r(`agencies.name`),value:s,onChange:e=>c(e.currentTarget.value),error:_.name,required:!0,"data-autofocus":!0}),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(u,{variant:`default`,onClick:()=>n(!1),children:r(`cancel`)}),(0,G.jsx)(u,{type:`submit`,loading:p||h,children:r(e?`save`:`agencies.create`)})]})]})})})}var et=(function(){var e=[{defaultValue:25,kind:`LocalArgument`,name:`count`},{defaultValue:null,kind:`LocalArgument`,name:`cursor`},{defaultValue:null,kind:`LocalArgument`,name:`filter`}],t={kind:`Variable`,name:`filter`,variableName:`filter`},n=[{kind:`Variable`,name:`after`,variableName:`cursor`},t,{kind:`Variable`,name:`first`,variableName:`count`}],r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AuditPagePaginationQuery`,selections:[{args:[{kind:`Variable`,name:`count`,variableName:`count`},{kind:`Variable`,name:`cursor`,variableName:`cursor`},t],kind:`FragmentSpread`,name:`AuditPage_trail`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AuditPagePaginationQuery`,selections:[{alias:null,args:n,concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`auditTrail`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityId`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`before`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`after`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:n,filters:[`filter`],handle:`connection`,key:`AuditPage_auditTrail`,kind:`LinkedHandle`,name:`auditTrail`}]},params:{cacheID:`d67b1b1dad9b98506cc57db4c02205c4`,id:`942aae16af8bd0bd10dc4007389f2d360f533ce3d75d446b9d7094130868b313`,metadata:{},name:`AuditPagePaginationQuery`,operationKind:`query`,text:`query AuditPagePaginationQuery(
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
`}}})();rt.hash=`141c467786f3aa6ae9281573526c8965`;var it=[`ROOM`,`EQUIPMENT`,`AGENCY`,`USER`,`CLOSURE`];function at(){let{t:e}=a(`admin`),[n,r]=(0,K.useState)(null),[i,o]=(0,K.useState)(null),[s,c]=(0,K.useState)(``),[l,u]=(0,K.useState)(``),d=(0,X.useLazyLoadQuery)(rt,{}).users.edges.map(e=>e.node).filter(e=>e.roles.includes(`ADMIN`)).map(e=>({value:e.id,label:`${e.name} (${e.nrk})`})),f={entityType:n,actorId:i,since:s?ce(s,`00:00`):null,until:l?ce(le(l,1),`00:00`):null};return(0,G.jsxs)(t,{maw:1200,children:[(0,G.jsx)(b,{order:1,children:e(`audit.title`)}),(0,G.jsx)(p,{children:e(`audit.help`)}),(0,G.jsxs)(R,{align:`end`,children:[(0,G.jsx)(V,{label:e(`audit.entityType`),data:it.map(t=>({value:t,label:e(`audit.types.${t}`)})),value:n,onChange:r,placeholder:e(`audit.any`),clearable:!0,w:200}),(0,G.jsx)(V,{label:e(`audit.actor`),data:d,value:i,onChange:o,placeholder:e(`audit.any`),clearable:!0,searchable:!0,w:260}),(0,G.jsx)(k,{type:`date`,label:e(`audit.since`),value:s,onChange:e=>c(e.currentTarget.value)}),(0,G.jsx)(k,{type:`date`,label:e(`audit.until`),value:l,onChange:e=>u(e.currentTarget.value)})]}),(0,G.jsx)(K.Suspense,{fallback:(0,G.jsx)(C,{}),children:(0,G.jsx)(ot,{filter:f})})]})}function ot({filter:e}){let t=(0,X.useLazyLoadQuery)(nt,{filter:e},{fetchPolicy:`network-only`});return(0,G.jsx)(st,{trail:t})}function st({trail:e}){let{t:n}=a(`admin`),r=H(),{data:i,hasNext:o,loadNext:s,isLoadingNext:c}=(0,X.usePaginationFragment)(tt,e),l=i.auditTrail.edges.map(e=>e.node);return(0,G.jsxs)(t,{children:[(0,G.jsx)(p,{children:n(`audit.count`,{count:i.auditTrail.totalCount,shown:l.length})}),(0,G.jsx)(A,{minWidth:900,children:(0,G.jsxs)(z,{striped:!0,children:[(0,G.jsx)(z.Thead,{children:(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Th,{children:n(`audit.at`)}),(0,G.jsx)(z.Th,{children:n(`audit.actor`)}),(0,G.jsx)(z.Th,{children:n(`audit.action`)}),(0,G.jsx)(z.Th,{children:n(`audit.entity`)}),(0,G.jsx)(z.Th,{children:n(`audit.changes`)})]})}),(0,G.jsx)(z.Tbody,{children:l.map(e=>(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Td,{children:se(e.at,r)}),(0,G.jsx)(z.Td,{children:e.actor?.name??`–`}),(0,G.jsx)(z.Td,{children:(0,G.jsx)(j,{children:e.action})}),(0,G.jsxs)(z.Td,{children:[n(`audit.types.${e.entityType}`,{defaultValue:e.entityType}),` #`,e.entityId]}),(0,G.jsx)(z.Td,{children:(0,G.jsxs)(t,{gap:0,children:[Pe(e.before,e.after).map(e=>(0,G.jsx)(p,{size:`xs`,style:{wordBreak:`break-word`},children:e},e)),e.note&&(0,G.jsx)(p,{size:`xs`,fs:`italic`,children:e.note})]})})]},e.id))})]})}),o&&(0,G.jsx)(u,{variant:`default`,loading:c,onClick:()=>s(25),w:`fit-content`,children:n(`loadMore`)})]})}var ct=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`ClosurePayload`,kind:`LinkedField`,name:`removeOfficeClosure`,plural:!1,selections:[{alias:null,args:null,concreteType:`OfficeClosure`,kind:`LinkedField`,name:`closure`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ClosuresPageRemoveMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ClosuresPageRemoveMutation`,selections:t},params:{cacheID:`2ebca492a7bcd7d3f0769e34b0f73580`,id:`d544e6ec80af7550ee9e57681b02179d733542135e368fdc1bbeb02f9cf9b699`,metadata:{},name:`ClosuresPageRemoveMutation`,operationKind:`mutation`,text:`mutation ClosuresPageRemoveMutation(
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
`}}})();ut.hash=`065b01651aa7daed4c751dd44eb45f72`;function dt(){let{t:e}=a(`admin`),n=H(),[r,i]=(0,K.useState)(Number(oe().slice(0,4))),[o,s]=(0,K.useState)(0),c=(0,X.useLazyLoadQuery)(ut,{year:r},{fetchPolicy:`store-and-network`,fetchKey:o}),[l,d]=(0,K.useState)(``),[f,m]=(0,K.useState)(``),[h,g]=(0,K.useState)([]),[_,v]=(0,X.useMutation)(lt),[y]=(0,X.useMutation)(ct);function x(t){t.preventDefault(),l?_({variables:{input:{day:l,reason:f.trim()}},onCompleted:({addOfficeClosure:e})=>{g(e.errors),e.errors.length===0&&(d(``),m(``),s(e=>e+1))},onError:()=>g(P(e(`network`)))}):g([{code:`VALIDATION`,message:e(`closures.dayRequired`),field:`day`}])}let{byField:S,general:C}=Z(h,[`day`,`reason`]);return(0,G.jsxs)(t,{maw:900,children:[(0,G.jsx)(b,{order:1,children:e(`closures.title`)}),(0,G.jsx)(p,{children:e(`closures.help`)}),(0,G.jsx)(`form`,{onSubmit:x,noValidate:!0,children:(0,G.jsxs)(t,{children:[(0,G.jsx)(F,{errors:C}),(0,G.jsxs)(R,{align:`start`,children:[(0,G.jsx)(k,{type:`date`,label:e(`closures.day`),value:l,onChange:e=>d(e.currentTarget.value),error:S.day,required:!0}),(0,G.jsx)(k,{label:e(`closures.reason`),value:f,onChange:e=>m(e.currentTarget.value),error:S.reason,required:!0,w:320})]}),(0,G.jsx)(u,{type:`submit`,loading:v,w:`fit-content`,children:e(`closures.add`)})]})}),(0,G.jsx)(U,{label:e(`closures.year`),value:r,onChange:e=>i(Number(e)||r),min:2e3,max:2100,w:140}),c.officeClosures.length===0?(0,G.jsx)(p,{children:e(`closures.empty`)}):(0,G.jsxs)(z,{striped:!0,children:[(0,G.jsx)(z.Thead,{children:(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Th,{children:e(`closures.day`)}),(0,G.jsx)(z.Th,{children:e(`closures.reason`)}),(0,G.jsx)(z.Th,{children:e(`actions`)})]})}),(0,G.jsx)(z.Tbody,{children:c.officeClosures.map(t=>(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Td,{children:ae(`${t.day}T12:00:00+07:00`,n)}),(0,G.jsx)(z.Td,{children:t.reason}),(0,G.jsx)(z.Td,{children:(0,G.jsx)(u,{size:`xs`,variant:`light`,color:`red`,"aria-label":e(`closures.removeNamed`,{reason:t.reason}),onClick:()=>y({variables:{input:{closureId:t.id}},onCompleted:({removeOfficeClosure:e})=>{g(e.errors),s(e=>e+1)},onError:()=>g(P(e(`network`)))}),children:e(`closures.remove`)})})]},t.id))})]})]})}var ft=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipmentItem`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`stock`,storageKey:null}],storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`peakQuantity`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`peakAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},l={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},u={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},d={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},f={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EquipmentAdminPageChangeStockMutation`,selections:[{alias:null,args:t,concreteType:`EquipmentPayload`,kind:`LinkedField`,name:`changeEquipmentStock`,plural:!1,selections:[r,i,a,{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`holdingBookings`,plural:!0,selections:[n,o,s,c,l,u,{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[d],storageKey:null}],storageKey:null},f],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EquipmentAdminPageChangeStockMutation`,selections:[{alias:null,args:t,concreteType:`EquipmentPayload`,kind:`LinkedField`,name:`changeEquipmentStock`,plural:!1,selections:[r,i,a,{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`holdingBookings`,plural:!0,selections:[n,o,s,c,l,u,{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[d,n],storageKey:null}],storageKey:null},f],storageKey:null}]},params:{cacheID:`56d65ba41a99182b11508851e2dee691`,id:`a67e4804a06314098597ea96270d5cf0b41b663247ebfb050856632e1673d001`,metadata:{},name:`EquipmentAdminPageChangeStockMutation`,operationKind:`mutation`,text:`mutation EquipmentAdminPageChangeStockMutation(
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
`}}})();ht.hash=`6bf3573e2f26b5b6522a6576354923e0`;function gt(){let{t:e}=a(`admin`),[n,r]=(0,K.useState)(0),i=(0,X.useLazyLoadQuery)(ht,{},{fetchPolicy:`store-and-network`,fetchKey:n}),[o,s]=(0,K.useState)(null),[c,l]=(0,K.useState)(null);return(0,G.jsxs)(t,{maw:1e3,children:[(0,G.jsxs)(R,{justify:`space-between`,children:[(0,G.jsx)(b,{order:1,children:e(`equipment.title`)}),(0,G.jsx)(u,{onClick:()=>s(`new`),children:e(`equipment.new`)})]}),(0,G.jsx)(A,{minWidth:600,children:(0,G.jsxs)(z,{striped:!0,children:[(0,G.jsx)(z.Thead,{children:(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Th,{children:e(`equipment.code`)}),(0,G.jsx)(z.Th,{children:e(`equipment.name`)}),(0,G.jsx)(z.Th,{children:e(`equipment.unit`)}),(0,G.jsx)(z.Th,{children:e(`equipment.stock`)}),(0,G.jsx)(z.Th,{children:e(`actions`)})]})}),(0,G.jsx)(z.Tbody,{children:i.equipmentItems.edges.map(({node:t})=>(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Td,{children:t.code}),(0,G.jsx)(z.Td,{children:t.name}),(0,G.jsx)(z.Td,{children:t.unit}),(0,G.jsx)(z.Td,{children:t.stock}),(0,G.jsx)(z.Td,{children:(0,G.jsxs)(R,{gap:4,wrap:`nowrap`,children:[(0,G.jsx)(u,{size:`xs`,variant:`light`,onClick:()=>s(t),"aria-label":e(`editNamed`,{name:t.name}),children:e(`edit`)}),(0,G.jsx)(u,{size:`xs`,variant:`light`,onClick:()=>l(t),"aria-label":e(`equipment.changeStockNamed`,{name:t.name}),children:e(`equipment.changeStock`)})]})})]},t.id))})]})}),o&&(0,G.jsx)(_t,{item:o===`new`?null:o,onClose:e=>{s(null),e&&r(e=>e+1)}}),c&&(0,G.jsx)(vt,{item:c,onClose:()=>l(null)})]})}function _t({item:e,onClose:n}){let{t:r}=a(`admin`),[i,o]=(0,K.useState)(e?.code??``),[s,c]=(0,K.useState)(e?.name??``),[l,d]=(0,K.useState)(e?.unit??``),[f,p]=(0,K.useState)(e?.stock??1),[m,h]=(0,K.useState)([]),[g,_]=(0,X.useMutation)(mt),[v,y]=(0,X.useMutation)(pt);function b(t){t.preventDefault();let a={code:i.trim(),name:s.trim(),unit:l.trim()},o=e=>{h(e),e.length===0&&n(!0)},c=()=>h(P(r(`network`)));e?v({variables:{input:{equipmentId:e.id,equipment:a}},onCompleted:e=>o(e.editEquipment.errors),onError:c}):g({variables:{input:{equipment:a,stock:f}},onCompleted:e=>o(e.createEquipment.errors),onError:c})}let{byField:x,general:S}=Z(m,[`code`,`name`,`unit`,`stock`]);return(0,G.jsx)(I,{opened:!0,onClose:()=>n(!1),title:e?r(`equipment.editTitle`,{name:e.name}):r(`equipment.newTitle`),closeButtonProps:{"aria-label":r(`close`)},children:(0,G.jsx)(`form`,{onSubmit:b,noValidate:!0,children:(0,G.jsxs)(t,{children:[(0,G.jsx)(F,{errors:S}),(0,G.jsxs)(W,{cols:{base:1,xs:2},children:[(0,G.jsx)(k,{label:r(`equipment.code`),value:i,onChange:e=>o(e.currentTarget.value),error:x.code,required:!0,"data-autofocus":!0}),(0,G.jsx)(k,{label:r(`equipment.name`),value:s,onChange:e=>c(e.currentTarget.value),error:x.name,required:!0}),(0,G.jsx)(k,{label:r(`equipment.unit`),value:l,onChange:e=>d(e.currentTarget.value),error:x.unit,required:!0}),!e&&(0,G.jsx)(U,{label:r(`equipment.stock`),value:f,min:0,onChange:e=>p(Number(e)||0),error:x.stock})]}),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(u,{variant:`default`,onClick:()=>n(!1),children:r(`cancel`)}),(0,G.jsx)(u,{type:`submit`,loading:_||y,children:r(e?`save`:`equipment.create`)})]})]})})})}function vt({item:e,onClose:n}){let{t:r}=a(`admin`),i=H(),[s,c]=(0,K.useState)(e.stock),[l,d]=(0,K.useState)([]),[f,p]=(0,K.useState)(null),[m,h]=(0,X.useMutation)(ft);function g(t){t.preventDefault(),p(null),m({variables:{input:{equipmentId:e.id,stock:s}},onCompleted:({changeEquipmentStock:e})=>{d(e.errors),e.errors.some(e=>e.code===`EQUIPMENT_IN_USE`)?p({peak:e.peakQuantity??null,at:e.peakAt??null,bookings:e.holdingBookings}):e.errors.length===0&&n()},onError:()=>d(P(r(`network`)))})}let{byField:_,general:v}=Z(l,[`stock`]);return(0,G.jsx)(I,{opened:!0,onClose:n,title:r(`equipment.stockTitle`,{name:e.name}),size:`xl`,closeButtonProps:{"aria-label":r(`close`)},children:(0,G.jsx)(`form`,{onSubmit:g,noValidate:!0,children:(0,G.jsxs)(t,{children:[(0,G.jsx)(F,{errors:v}),(0,G.jsx)(U,{label:r(`equipment.newStock`,{unit:e.unit}),value:s,min:0,onChange:e=>c(Number(e)||0),error:_.stock,maw:240,"data-autofocus":!0}),f&&(0,G.jsx)(o,{color:`orange`,title:r(`equipment.refusedTitle`),styles:N,children:f.at&&r(`equipment.peak`,{peak:f.peak,unit:e.unit,at:se(f.at,i)})}),f&&f.bookings.length>0&&(0,G.jsx)(L,{bookings:f.bookings,caption:r(`equipment.holding`)}),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(u,{variant:`default`,onClick:n,children:r(`cancel`)}),(0,G.jsx)(u,{type:`submit`,loading:h,children:r(`equipment.saveStock`)})]})]})})})}var yt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`applied`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`line`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`outcome`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`agencyOutcome`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`changes`,storageKey:null},c=[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],l={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`error`,plural:!1,selections:c,storageKey:null},u={alias:null,args:null,kind:`ScalarField`,name:`temporaryPassword`,storageKey:null},d={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},f={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:c,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ImportPageMutation`,selections:[{alias:null,args:t,concreteType:`ImportDirectoryPayload`,kind:`LinkedField`,name:`importDirectory`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`ImportRow`,kind:`LinkedField`,name:`rows`,plural:!0,selections:[r,i,a,o,s,l,u,{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[d],storageKey:null}],storageKey:null},f],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ImportPageMutation`,selections:[{alias:null,args:t,concreteType:`ImportDirectoryPayload`,kind:`LinkedField`,name:`importDirectory`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`ImportRow`,kind:`LinkedField`,name:`rows`,plural:!0,selections:[r,i,a,o,s,l,u,{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[d,{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null}],storageKey:null},f],storageKey:null}]},params:{cacheID:`39ce0c95ebdf38911292833dc304c9c6`,id:`33e3e860dea8c176837d1a1854430c64dff81b723a11e28f677703e05e6681d3`,metadata:{},name:`ImportPageMutation`,operationKind:`mutation`,text:`mutation ImportPageMutation(
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
198001;Siti Aminah;siti@jakarta.go.id;DISKOMINFOTIK;Dinas Kominfotik;REQUESTER`;function St(){let{t:e}=a(`admin`),[n,r]=(0,K.useState)(null),[i,s]=(0,K.useState)([]),[c,l]=(0,K.useState)(null),[d,f]=(0,X.useMutation)(yt);function m(t){n?(s([]),d({variables:{input:{file:n,apply:t}},onCompleted:({importDirectory:e})=>{s(e.errors),l(e)},onError:()=>s(P(e(`network`)))})):s([{code:`VALIDATION`,message:e(`import.chooseFirst`),field:`file`}])}let{byField:h,general:g}=Z(i,[`file`]),_=c?.rows.some(e=>e.outcome===`REFUSED`)??!1,v=c!==null&&!c.applied&&!_&&c.errors.length===0;return(0,G.jsxs)(t,{maw:1100,children:[(0,G.jsx)(b,{order:1,children:e(`import.title`)}),(0,G.jsx)(p,{children:e(`import.help`)}),(0,G.jsx)(j,{block:!0,children:xt}),(0,G.jsx)(de,{label:e(`import.file`),description:e(`import.fileHelp`),placeholder:e(`import.choose`),accept:`.csv,text/csv`,value:n,onChange:e=>{r(e),l(null)},error:h.file,maw:420}),(0,G.jsx)(F,{errors:g}),(0,G.jsxs)(R,{children:[(0,G.jsx)(u,{onClick:()=>m(!1),loading:f&&!v,variant:v?`light`:`filled`,children:e(`import.dryRun`)}),(0,G.jsx)(u,{onClick:()=>m(!0),disabled:!v,loading:f&&v,children:e(`import.apply`)})]}),c&&(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(o,{color:c.applied?`green`:_?`red`:`blue`,role:`status`,styles:N,title:c.applied?e(`import.applied`):e(`import.dryRunDone`),children:c.applied?e(`import.appliedHelp`):e(_?`import.refusedHelp`:`import.readyHelp`)}),(0,G.jsx)(A,{minWidth:800,children:(0,G.jsxs)(z,{striped:!0,children:[(0,G.jsx)(z.Caption,{children:e(`import.rows`,{count:c.rows.length})}),(0,G.jsx)(z.Thead,{children:(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Th,{children:e(`import.line`)}),(0,G.jsx)(z.Th,{children:e(`users.nrk`)}),(0,G.jsx)(z.Th,{children:e(`users.name`)}),(0,G.jsx)(z.Th,{children:e(`import.outcome`)}),(0,G.jsx)(z.Th,{children:e(`import.agency`)}),(0,G.jsx)(z.Th,{children:e(`import.details`)}),c.applied&&(0,G.jsx)(z.Th,{children:e(`import.password`)})]})}),(0,G.jsx)(z.Tbody,{children:c.rows.map(t=>(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Td,{children:t.line}),(0,G.jsx)(z.Td,{children:t.nrk}),(0,G.jsx)(z.Td,{children:t.user?.name??``}),(0,G.jsx)(z.Td,{children:(0,G.jsx)(B,{color:bt[t.outcome]??`gray`,variant:`light`,c:`dark.8`,children:e(`import.outcomes.${t.outcome}`)})}),(0,G.jsx)(z.Td,{children:t.agencyOutcome?e(`import.outcomes.${t.agencyOutcome}`):``}),(0,G.jsx)(z.Td,{children:t.error?(0,G.jsx)(p,{size:`sm`,c:`red.9`,children:t.error.message}):t.changes.join(`, `)}),c.applied&&(0,G.jsx)(z.Td,{children:t.temporaryPassword?(0,G.jsx)(j,{children:t.temporaryPassword}):``})]},t.line))})]})}),c.applied&&(0,G.jsx)(p,{size:`sm`,children:e(`onceHint`)})]})]})}var Ct=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},a={alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[n,r,i,{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`facilities`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},l={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},u={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},d=[n,o,s,c,l,u,{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[i],storageKey:null}],f={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},p=[n,o,s,c,l,u,{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[i,n],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`RoomsAdminPageDeactivateMutation`,selections:[{alias:null,args:t,concreteType:`RoomPayload`,kind:`LinkedField`,name:`deactivateRoom`,plural:!1,selections:[a,{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`futureBookings`,plural:!0,selections:d,storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`rescheduled`,plural:!0,selections:d,storageKey:null},f],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`RoomsAdminPageDeactivateMutation`,selections:[{alias:null,args:t,concreteType:`RoomPayload`,kind:`LinkedField`,name:`deactivateRoom`,plural:!1,selections:[a,{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`futureBookings`,plural:!0,selections:p,storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`rescheduled`,plural:!0,selections:p,storageKey:null},f],storageKey:null}]},params:{cacheID:`4ec0dbdd5679b3a2137b4de254d9b8b6`,id:`2fe9cdc6f70f6e6e37060fcc77af7bf5ee8b80e240161c6ff9b3d8f4550ca2fd`,metadata:{},name:`RoomsAdminPageDeactivateMutation`,operationKind:`mutation`,text:`mutation RoomsAdminPageDeactivateMutation(
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
`}}})();Dt.hash=`69113589580704f47b31c7dfd4e63504`;var Ot=[`code`,`name`,`building`,`floor`,`capacity`,`facilities`,`description`];function kt(){let{t:e}=a(`admin`),[n,r]=(0,K.useState)(0),i=(0,X.useLazyLoadQuery)(Dt,{},{fetchPolicy:`store-and-network`,fetchKey:n}),[o,s]=(0,K.useState)(null),[c,l]=(0,K.useState)(null),[d]=(0,X.useMutation)(Et),[f,p]=(0,K.useState)([]),m=i.allRooms.edges.map(e=>e.node);return(0,G.jsxs)(t,{maw:1100,children:[(0,G.jsxs)(R,{justify:`space-between`,children:[(0,G.jsx)(b,{order:1,children:e(`rooms.title`)}),(0,G.jsx)(u,{onClick:()=>s(`new`),children:e(`rooms.new`)})]}),(0,G.jsx)(F,{errors:f}),(0,G.jsx)(A,{minWidth:720,children:(0,G.jsxs)(z,{striped:!0,children:[(0,G.jsx)(z.Thead,{children:(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Th,{children:e(`rooms.code`)}),(0,G.jsx)(z.Th,{children:e(`rooms.name`)}),(0,G.jsx)(z.Th,{children:e(`rooms.building`)}),(0,G.jsx)(z.Th,{children:e(`rooms.floor`)}),(0,G.jsx)(z.Th,{children:e(`rooms.capacity`)}),(0,G.jsx)(z.Th,{children:e(`state`)}),(0,G.jsx)(z.Th,{children:e(`actions`)})]})}),(0,G.jsx)(z.Tbody,{children:m.map(t=>(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Td,{children:t.code}),(0,G.jsx)(z.Td,{children:t.name}),(0,G.jsx)(z.Td,{children:t.building}),(0,G.jsx)(z.Td,{children:t.floor}),(0,G.jsx)(z.Td,{children:t.capacity}),(0,G.jsx)(z.Td,{children:(0,G.jsx)(B,{color:t.isActive?`green`:`gray`,variant:`light`,c:`dark.8`,children:t.isActive?e(`active`):e(`inactive`)})}),(0,G.jsx)(z.Td,{children:(0,G.jsxs)(R,{gap:4,wrap:`nowrap`,children:[(0,G.jsx)(u,{size:`xs`,variant:`light`,onClick:()=>s(t),"aria-label":e(`editNamed`,{name:t.name}),children:e(`edit`)}),t.isActive?(0,G.jsx)(u,{size:`xs`,variant:`light`,color:`red`,onClick:()=>l(t),"aria-label":e(`deactivateNamed`,{name:t.name}),children:e(`deactivate`)}):(0,G.jsx)(u,{size:`xs`,variant:`light`,"aria-label":e(`reactivateNamed`,{name:t.name}),onClick:()=>d({variables:{input:{roomId:t.id}},onCompleted:e=>p(e.reactivateRoom.errors),onError:()=>p(P(e(`network`)))}),children:e(`reactivate`)})]})})]},t.id))})]})}),o&&(0,G.jsx)(At,{room:o===`new`?null:o,onClose:e=>{s(null),e&&r(e=>e+1)}}),c&&(0,G.jsx)(jt,{room:c,onClose:()=>l(null)})]})}function At({room:e,onClose:n}){let{t:r}=a(`admin`),[i,o]=(0,K.useState)({code:e?.code??``,name:e?.name??``,building:e?.building??``,floor:e?.floor??``,capacity:e?.capacity??10,facilities:e?.facilities.join(`, `)??``,description:e?.description??``}),[s,c]=(0,K.useState)([]),[l,d]=(0,X.useMutation)(Tt),[f,p]=(0,X.useMutation)(wt);function m(t){t.preventDefault();let a={code:i.code.trim(),name:i.name.trim(),building:i.building.trim(),floor:i.floor.trim(),capacity:Number(i.capacity)||0,facilities:i.facilities.split(`,`).map(e=>e.trim()).filter(Boolean),description:i.description.trim()||null},o=e=>{c(e),e.length===0&&n(!0)},s=()=>c(P(r(`network`)));e?f({variables:{input:{roomId:e.id,room:a}},onCompleted:e=>o(e.editRoom.errors),onError:s}):l({variables:{input:{room:a}},onCompleted:e=>o(e.createRoom.errors),onError:s})}let{byField:h,general:g}=Z(s,Ot),_=e=>({label:r(`rooms.${e}`),value:String(i[e]),onChange:t=>{let n=t.currentTarget.value;o(t=>({...t,[e]:n}))},error:h[e]});return(0,G.jsx)(I,{opened:!0,onClose:()=>n(!1),title:e?r(`rooms.editTitle`,{name:e.name}):r(`rooms.newTitle`),size:`lg`,closeButtonProps:{"aria-label":r(`close`)},children:(0,G.jsx)(`form`,{onSubmit:m,noValidate:!0,children:(0,G.jsxs)(t,{children:[(0,G.jsx)(F,{errors:g}),(0,G.jsxs)(W,{cols:{base:1,xs:2},children:[(0,G.jsx)(k,{..._(`code`),required:!0,"data-autofocus":!0}),(0,G.jsx)(k,{..._(`name`),required:!0}),(0,G.jsx)(k,{..._(`building`),required:!0}),(0,G.jsx)(k,{..._(`floor`),required:!0})]}),(0,G.jsx)(U,{label:r(`rooms.capacity`),value:i.capacity,min:1,max:1e4,onChange:e=>o(t=>({...t,capacity:Number(e)||0})),error:h.capacity,maw:200,required:!0}),(0,G.jsx)(k,{..._(`facilities`),description:r(`rooms.facilitiesHelp`)}),(0,G.jsx)(ye,{..._(`description`),autosize:!0,minRows:2}),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(u,{variant:`default`,onClick:()=>n(!1),children:r(`cancel`)}),(0,G.jsx)(u,{type:`submit`,loading:d||p,children:r(e?`save`:`rooms.create`)})]})]})})})}function jt({room:e,onClose:n}){let{t:r}=a(`admin`),[i,o]=(0,K.useState)(`REFUSE`),[s,c]=(0,K.useState)(``),[l,d]=(0,K.useState)([]),[f,m]=(0,K.useState)(null),[h,g]=(0,K.useState)(null),[_,v]=(0,X.useMutation)(Ct);function y(t){t.preventDefault(),f&&i===`REFUSE`?n():_({variables:{input:{roomId:e.id,futureBookings:f?i:`REFUSE`,reason:s.trim()||null}},onCompleted:({deactivateRoom:e})=>{let t=e.errors.some(e=>e.code===`ROOM_IN_USE`);d(t?[]:e.errors),t?m(e.futureBookings):e.errors.length===0&&(e.rescheduled.length?g(e.rescheduled):n())},onError:()=>d(P(r(`network`)))})}let{byField:b,general:x}=Z(l,[`reason`]);return(0,G.jsx)(I,{opened:!0,onClose:n,title:r(`rooms.deactivateTitle`,{name:e.name}),size:`xl`,closeButtonProps:{"aria-label":r(`close`)},children:h?(0,G.jsxs)(t,{children:[(0,G.jsx)(L,{bookings:h,caption:r(`rooms.moved`,{count:h.length})}),(0,G.jsx)(u,{onClick:n,w:`fit-content`,children:r(`close`)})]}):(0,G.jsx)(`form`,{onSubmit:y,noValidate:!0,children:(0,G.jsxs)(t,{children:[(0,G.jsx)(F,{errors:x}),f===null?(0,G.jsx)(p,{children:r(`rooms.deactivateHelp`)}):(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(L,{bookings:f,caption:r(`rooms.inUse`,{count:f.length})}),(0,G.jsx)(Y.Group,{label:r(`rooms.choice`),value:i,onChange:e=>o(e),children:(0,G.jsxs)(t,{gap:`xs`,mt:`xs`,children:[(0,G.jsx)(Y,{value:`REFUSE`,label:r(`rooms.keep`)}),(0,G.jsx)(Y,{value:`RESCHEDULE`,label:r(`rooms.reschedule`)})]})})]}),(f===null||i===`RESCHEDULE`)&&(0,G.jsx)(ye,{label:r(`rooms.reason`),description:r(`rooms.reasonHelp`),value:s,onChange:e=>c(e.currentTarget.value),error:b.reason,autosize:!0,minRows:2}),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(u,{variant:`default`,onClick:n,children:r(`cancel`)}),(0,G.jsx)(u,{type:`submit`,color:`red`,loading:v,children:r(f&&i===`REFUSE`?`rooms.keepButton`:`deactivate`)})]})]})})})}var Mt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`resetUserPassword`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`temporaryPassword`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageResetMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageResetMutation`,selections:t},params:{cacheID:`7e6555424c252b73043eb2aa8d923b71`,id:`26670f858505347abd8bde05887cd2cb6afa280782a1ba0d70607763472bd358`,metadata:{},name:`UsersAdminPageResetMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageResetMutation(
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
`}}})();zt.hash=`4621c16bdec4d437b6c0d83030c6bf4c`;var Bt=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`UsersAdminPage_user`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[e,t],storageKey:null}],type:`User`,abstractKey:null}})();Bt.hash=`d8d1d145b67fe1bc9afa8ae3eed78332`;var Vt=[`REQUESTER`,`SERVICE_OFFICER`,`SERVICE_HEAD`,`EQUIPMENT_HEAD`,`LEADERSHIP`,`ADMIN`];function Ht(){let{t:e}=a(`admin`),[n,r]=(0,K.useState)(``),[i,o]=(0,K.useState)(`all`),[s,c]=(0,K.useState)(0),l={search:(0,K.useDeferredValue)(n.trim())||null,active:i===`all`?null:i===`active`},d=(0,X.useLazyLoadQuery)(zt,{filter:l},{fetchPolicy:`store-and-network`,fetchKey:s}),f=d.agencies.edges.map(e=>e.node),[p,m]=(0,K.useState)(!1);return(0,G.jsxs)(t,{maw:1200,children:[(0,G.jsxs)(R,{justify:`space-between`,children:[(0,G.jsx)(b,{order:1,children:e(`users.title`)}),(0,G.jsx)(u,{onClick:()=>m(!0),children:e(`users.new`)})]}),(0,G.jsxs)(R,{align:`end`,children:[(0,G.jsx)(k,{label:e(`users.search`),description:e(`users.searchHelp`),value:n,onChange:e=>r(e.currentTarget.value),type:`search`,w:280}),(0,G.jsx)(V,{label:e(`users.show`),data:[{value:`all`,label:e(`users.all`)},{value:`active`,label:e(`active`)},{value:`inactive`,label:e(`inactive`)}],value:i,onChange:e=>o(e??`all`),allowDeselect:!1,w:180})]}),(0,G.jsx)(Ut,{users:d,agencies:f}),p&&(0,G.jsx)(Kt,{agencies:f,onClose:e=>{m(!1),e&&c(e=>e+1)}})]})}function Ut({users:e,agencies:n}){let{t:r}=a(`admin`),i=H(),{data:o,hasNext:s,loadNext:c,isLoadingNext:l}=(0,X.usePaginationFragment)(Rt,e),[d,f]=(0,K.useState)(null),[m,h]=(0,K.useState)([]),[g]=(0,X.useMutation)(It),[_,v]=(0,K.useState)(null);return(0,G.jsxs)(t,{children:[(0,G.jsx)(p,{children:r(`users.count`,{count:o.users.totalCount})}),(0,G.jsx)(F,{errors:m}),_&&(0,G.jsx)(p,{role:`status`,c:`dark.8`,children:r(`users.unlocked`,{name:_})}),(0,G.jsx)(A,{minWidth:900,children:(0,G.jsxs)(z,{striped:!0,children:[(0,G.jsx)(z.Thead,{children:(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Th,{children:r(`users.nrk`)}),(0,G.jsx)(z.Th,{children:r(`users.name`)}),(0,G.jsx)(z.Th,{children:r(`users.agency`)}),(0,G.jsx)(z.Th,{children:r(`users.roles`)}),(0,G.jsx)(z.Th,{children:r(`state`)}),(0,G.jsx)(z.Th,{children:r(`actions`)})]})}),(0,G.jsx)(z.Tbody,{children:o.users.edges.map(({node:e})=>(0,G.jsxs)(z.Tr,{children:[(0,G.jsx)(z.Td,{children:e.nrk}),(0,G.jsx)(z.Td,{children:e.name}),(0,G.jsx)(z.Td,{children:e.agency?.name??`–`}),(0,G.jsx)(z.Td,{children:e.roles.map(e=>r(`common:role.${e}`)).join(`, `)}),(0,G.jsx)(z.Td,{children:(0,G.jsxs)(R,{gap:4,children:[(0,G.jsx)(B,{color:e.isActive?`green`:`gray`,variant:`light`,c:`dark.8`,children:e.isActive?r(`active`):r(`inactive`)}),e.lockedUntil&&(0,G.jsx)(B,{color:`red`,variant:`light`,c:`dark.8`,children:r(`users.locked`,{time:ie(e.lockedUntil,i)})}),e.mustChangePassword&&(0,G.jsx)(B,{color:`yellow`,variant:`light`,c:`dark.8`,children:r(`users.mustChange`)})]})}),(0,G.jsx)(z.Td,{children:e.isActive&&(0,G.jsxs)(R,{gap:4,wrap:`nowrap`,children:[(0,G.jsx)(u,{size:`xs`,variant:`light`,onClick:()=>f({kind:`access`,user:e}),"aria-label":r(`users.accessNamed`,{name:e.name}),children:r(`users.access`)}),e.lockedUntil&&(0,G.jsx)(u,{size:`xs`,variant:`light`,"aria-label":r(`users.unlockNamed`,{name:e.name}),onClick:()=>{v(null),g({variables:{input:{userId:e.id}},onCompleted:t=>{h(t.unlockUser.errors),t.unlockUser.errors.length===0&&v(e.name)},onError:()=>h(P(r(`network`)))})},children:r(`users.unlock`)}),(0,G.jsx)(u,{size:`xs`,variant:`light`,onClick:()=>f({kind:`reset`,user:e}),"aria-label":r(`users.resetNamed`,{name:e.name}),children:r(`users.reset`)}),(0,G.jsx)(u,{size:`xs`,variant:`light`,color:`red`,onClick:()=>f({kind:`deactivate`,user:e}),"aria-label":r(`deactivateNamed`,{name:e.name}),children:r(`deactivate`)})]})})]},e.id))})]})}),s&&(0,G.jsx)(u,{variant:`default`,loading:l,onClick:()=>c(30),w:`fit-content`,children:r(`loadMore`)}),d?.kind===`access`&&(0,G.jsx)(qt,{user:d.user,agencies:n,onClose:()=>f(null)}),d?.kind===`deactivate`&&(0,G.jsx)(Jt,{user:d.user,onClose:()=>f(null)}),d?.kind===`reset`&&(0,G.jsx)(Yt,{user:d.user,onClose:()=>f(null)})]})}function Wt({value:e,onChange:t,error:n}){let{t:r}=a(`admin`);return(0,G.jsx)(he.Group,{label:r(`users.roles`),value:e,onChange:t,error:n,withAsterisk:!0,children:(0,G.jsx)(W,{cols:{base:1,xs:2},mt:`xs`,children:Vt.map(e=>(0,G.jsx)(he,{value:e,label:r(`common:role.${e}`)},e))})})}function Gt(e){return e.filter(e=>e.isActive).map(e=>({value:e.id,label:e.name}))}function Kt({agencies:e,onClose:n}){let{t:r}=a(`admin`),[i,o]=(0,K.useState)(``),[s,c]=(0,K.useState)(``),[l,d]=(0,K.useState)(``),[f,p]=(0,K.useState)(null),[m,h]=(0,K.useState)([`REQUESTER`]),[g,_]=(0,K.useState)(`id`),[v,y]=(0,K.useState)([]),[b,x]=(0,K.useState)(null),[S,C]=(0,X.useMutation)(Ft);function w(e){e.preventDefault(),S({variables:{input:{nrk:i.trim(),name:s.trim(),email:l.trim()||null,agencyId:f,roles:m,language:g}},onCompleted:({createUser:e})=>{y(e.errors),e.errors.length===0&&x(e.temporaryPassword??``)},onError:()=>y(P(r(`network`)))})}let{byField:T,general:E}=Z(v,[`nrk`,`name`,`email`,`agencyId`,`roles`,`language`]);return(0,G.jsx)(I,{opened:!0,onClose:()=>n(b!==null),title:r(`users.newTitle`),size:`lg`,closeButtonProps:{"aria-label":r(`close`)},children:b===null?(0,G.jsx)(`form`,{onSubmit:w,noValidate:!0,children:(0,G.jsxs)(t,{children:[(0,G.jsx)(F,{errors:E}),(0,G.jsxs)(W,{cols:{base:1,xs:2},children:[(0,G.jsx)(k,{label:r(`users.nrk`),value:i,onChange:e=>o(e.currentTarget.value),error:T.nrk,inputMode:`numeric`,required:!0,"data-autofocus":!0}),(0,G.jsx)(k,{label:r(`users.name`),value:s,onChange:e=>c(e.currentTarget.value),error:T.name,required:!0}),(0,G.jsx)(k,{label:r(`users.email`),type:`email`,value:l,onChange:e=>d(e.currentTarget.value),error:T.email}),(0,G.jsx)(V,{label:r(`users.agency`),data:Gt(e),value:f,onChange:p,error:T.agencyId,searchable:!0,clearable:!0}),(0,G.jsx)(V,{label:r(`users.language`),data:[{value:`id`,label:`Bahasa Indonesia`},{value:`en`,label:`English`}],value:g,onChange:e=>_(e??`id`),allowDeselect:!1,error:T.language})]}),(0,G.jsx)(Wt,{value:m,onChange:h,error:T.roles}),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(u,{variant:`default`,onClick:()=>n(!1),children:r(`cancel`)}),(0,G.jsx)(u,{type:`submit`,loading:C,children:r(`users.create`)})]})]})}):(0,G.jsxs)(t,{children:[(0,G.jsx)(M,{label:r(`users.created`,{name:s}),value:b}),(0,G.jsx)(u,{onClick:()=>n(!0),w:`fit-content`,children:r(`done`)})]})})}function qt({user:e,agencies:n,onClose:r}){let{t:i}=a(`admin`),[o,s]=(0,K.useState)([...e.roles]),[c,l]=(0,K.useState)(e.agency?.id??null),[d,f]=(0,K.useState)([]),[p,m]=(0,X.useMutation)(Pt);function h(t){t.preventDefault();let n=o.length===e.roles.length&&o.every(t=>e.roles.includes(t)),a=e.agency?.id??null;p({variables:{input:{userId:e.id,roles:n?null:o,agencyId:c===a?null:c,clearAgency:c===null&&a!==null}},onCompleted:({changeUserAccess:e})=>{f(e.errors),e.errors.length===0&&r()},onError:()=>f(P(i(`network`)))})}let{byField:g,general:_}=Z(d,[`roles`,`agencyId`]);return(0,G.jsx)(I,{opened:!0,onClose:r,title:i(`users.accessNamed`,{name:e.name}),size:`lg`,closeButtonProps:{"aria-label":i(`close`)},children:(0,G.jsx)(`form`,{onSubmit:h,noValidate:!0,children:(0,G.jsxs)(t,{children:[(0,G.jsx)(F,{errors:_}),(0,G.jsx)(Wt,{value:o,onChange:s,error:g.roles}),(0,G.jsx)(V,{label:i(`users.agency`),data:Gt(n),value:c,onChange:l,error:g.agencyId,searchable:!0,clearable:!0}),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(u,{variant:`default`,onClick:r,children:i(`cancel`)}),(0,G.jsx)(u,{type:`submit`,loading:m,children:i(`save`)})]})]})})})}function Jt({user:e,onClose:n}){let{t:r}=a(`admin`),[i,o]=(0,K.useState)([]),[s,c]=(0,X.useMutation)(Nt);return(0,G.jsx)(I,{opened:!0,onClose:n,title:r(`deactivateNamed`,{name:e.name}),closeButtonProps:{"aria-label":r(`close`)},children:(0,G.jsxs)(t,{children:[(0,G.jsx)(F,{errors:i}),(0,G.jsx)(p,{children:r(`users.deactivateHelp`,{name:e.name,nrk:e.nrk})}),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(u,{variant:`default`,onClick:n,children:r(`cancel`)}),(0,G.jsx)(u,{color:`red`,loading:c,onClick:()=>s({variables:{input:{userId:e.id}},onCompleted:({deactivateUser:e})=>{o(e.errors),e.errors.length===0&&n()},onError:()=>o(P(r(`network`)))}),children:r(`deactivate`)})]})]})})}function Yt({user:e,onClose:n}){let{t:r}=a(`admin`),[i,o]=(0,K.useState)([]),[s,c]=(0,K.useState)(null),[l,d]=(0,X.useMutation)(Mt);return(0,G.jsx)(I,{opened:!0,onClose:n,title:r(`users.resetNamed`,{name:e.name}),closeButtonProps:{"aria-label":r(`close`)},children:(0,G.jsxs)(t,{children:[(0,G.jsx)(F,{errors:i}),s===null?(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(p,{children:r(`users.resetHelp`)}),(0,G.jsxs)(R,{justify:`flex-end`,children:[(0,G.jsx)(u,{variant:`default`,onClick:n,children:r(`cancel`)}),(0,G.jsx)(u,{loading:d,onClick:()=>l({variables:{input:{userId:e.id}},onCompleted:({resetUserPassword:e})=>{o(e.errors),e.errors.length===0&&c(e.temporaryPassword??``)},onError:()=>o(P(r(`network`)))}),children:r(`users.reset`)})]})]}):(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(M,{label:r(`users.newPassword`,{name:e.name}),value:s}),(0,G.jsx)(u,{onClick:n,w:`fit-content`,children:r(`done`)})]})]})})}export{Qe as AgenciesAdminPage,at as AuditPage,Fe as ChangePasswordPage,dt as ClosuresPage,gt as EquipmentAdminPage,St as ImportPage,kt as RoomsAdminPage,Ht as UsersAdminPage,qe as UtilisationPage};