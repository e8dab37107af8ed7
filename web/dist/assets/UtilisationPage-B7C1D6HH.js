import{A as e,At as t,D as n,Dt as r,M as i,N as a,Ot as o,P as s,X as c,b as l,k as u,m as d,n as f,p,wt as m}from"./index-Be3tLCc4.js";import{t as h}from"./Group-Dwl0BDqv.js";import{t as g}from"./SegmentedControl-m-3TSVMK.js";import{t as _}from"./Table-DJ2BR8nB.js";import{t as v}from"./TextInput-CapCGyax.js";import{o as y,t as b}from"./time-DCC4qMpP.js";import{a as x,o as S,r as C}from"./shared-BtomDgi0.js";import{t as w}from"./Card-hrsgX74Q.js";import{n as T}from"./logic-Ce0bthD8.js";var E=(function(){var e={defaultValue:null,kind:`LocalArgument`,name:`from`},t={defaultValue:null,kind:`LocalArgument`,name:`groupBy`},n={defaultValue:null,kind:`LocalArgument`,name:`to`},r=[{alias:null,args:null,kind:`ScalarField`,name:`key`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`bookableHours`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`bookedHours`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`usedHours`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`utilisation`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`requests`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`booked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShows`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowRate`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cancellations`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cancellationRate`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`meanLeadHours`,storageKey:null}],i=[{alias:null,args:[{kind:`Variable`,name:`from`,variableName:`from`},{kind:`Variable`,name:`groupBy`,variableName:`groupBy`},{kind:`Variable`,name:`to`,variableName:`to`}],concreteType:`UtilisationReport`,kind:`LinkedField`,name:`utilisationReport`,plural:!1,selections:[{alias:null,args:null,concreteType:`UtilisationRow`,kind:`LinkedField`,name:`rows`,plural:!0,selections:r,storageKey:null},{alias:null,args:null,concreteType:`UtilisationRow`,kind:`LinkedField`,name:`total`,plural:!1,selections:r,storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:[e,t,n],kind:`Fragment`,metadata:null,name:`UtilisationPageQuery`,selections:i,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[e,n,t],kind:`Operation`,name:`UtilisationPageQuery`,selections:i},params:{cacheID:`d3a087795edcb480113fcf283f00367e`,id:`9fd8ea2bb8c143f061a0f8dfdef35be855898a99725e3d7e8d8e89d3ecd69dde`,metadata:{},name:`UtilisationPageQuery`,operationKind:`query`,text:`query UtilisationPageQuery(
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
`}}})();E.hash=`b12cb3e4c68a37342bf87132dda60230`;var D=t(o(),1),O=n(),k=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`ExportPayload`,kind:`LinkedField`,name:`createExport`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`expiresAt`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ExportsMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ExportsMutation`,selections:t},params:{cacheID:`f3b8a91062bee0516ee1775e73cc4fde`,id:`14ac06d83f5a2297b52844f382d866d0c14cae588811e2f32003a9b7f1aee430`,metadata:{},name:`ExportsMutation`,operationKind:`mutation`,text:`mutation ExportsMutation(
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
`}}})();k.hash=`f349b31e761fada4728d978437dab39c`;var A=c();function j(e){let t=document.createElement(`a`);t.href=e,t.rel=`noopener`,t.download=``,document.body.appendChild(t),t.click(),t.remove()}function M({from:t,to:n,groupBy:o}){let{t:c}=r(`analytics`),[l,u]=(0,D.useState)([]),[d,f]=(0,D.useState)(null),[p,g]=(0,D.useState)(null),[_]=(0,O.useMutation)(k);function v(e,r){let i=c(`export.${e}`,{format:r});g(i),_({variables:{input:{kind:e,format:r,from:t,to:n,groupBy:o,lang:m()}},onCompleted:({createExport:e})=>{g(null),u(e.errors),e.url&&(f({url:e.url,label:i}),j(e.url))},onError:()=>{g(null),u(S(c(`network`)))}})}return(0,A.jsxs)(e,{gap:`xs`,children:[(0,A.jsx)(h,{gap:`xs`,children:[`UTILISATION`,`BOOKINGS`].flatMap(e=>[`CSV`,`XLSX`].map(t=>{let n=c(`export.${e}`,{format:t});return(0,A.jsx)(i,{variant:`light`,size:`sm`,loading:p===n,onClick:()=>v(e,t),children:n},n)}))}),(0,A.jsx)(C,{errors:l}),d&&(0,A.jsxs)(s,{size:`sm`,role:`status`,children:[c(`export.ready`),` `,(0,A.jsx)(a,{href:d.url,download:!0,children:d.label})]})]})}var N=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`MonthlySummaryPayload`,kind:`LinkedField`,name:`requestMonthlySummary`,plural:!1,selections:[{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`MonthlySummaryMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`MonthlySummaryMutation`,selections:t},params:{cacheID:`c39a8f63ed4a41c05275542bc1d42d57`,id:`d5170abbac25cb4828944c4291b2d5ffd8eafc70c4c86263ad24f7915a12191b`,metadata:{},name:`MonthlySummaryMutation`,operationKind:`mutation`,text:`mutation MonthlySummaryMutation(
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
`}}})();N.hash=`59fad9000dc2ad2cb99b3c27eb8aa01a`;var P=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`month`}],t=[{alias:null,args:[{kind:`Variable`,name:`month`,variableName:`month`}],concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`monthlySummary`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`MonthlySummaryQuery`,selections:t,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`MonthlySummaryQuery`,selections:t},params:{cacheID:`d400cf0e03d2056c62d80e1b6c5245a0`,id:`c8ac3f836ad0d3359a2a06148f391118847cfff1954f398b1e8d026ee9ff8790`,metadata:{},name:`MonthlySummaryQuery`,operationKind:`query`,text:`query MonthlySummaryQuery(
  $month: String!
) {
  monthlySummary(month: $month) {
    status
    url
  }
}
`}}})();P.hash=`bc25179dec86c50e0b8a1b51e94cdf7c`;var F=P;function I(){let[e,t]=y().split(`-`).map(Number);return t===1?`${e-1}-12`:`${e}-${String(t-1).padStart(2,`0`)}`}function L(){let{t}=r(`analytics`),n=(0,O.useRelayEnvironment)(),[o,c]=(0,D.useState)(I()),[l,d]=(0,D.useState)(null),[f,p]=(0,D.useState)([]),[m,g]=(0,O.useMutation)(N);(0,D.useEffect)(()=>{if(l?.status!==`PENDING`)return;let e=setInterval(()=>{(0,O.fetchQuery)(n,F,{month:o},{fetchPolicy:`network-only`}).toPromise().then(e=>e&&e.monthlySummary.status!==`PENDING`&&d(e.monthlySummary)).catch(()=>void 0)},2e3);return()=>clearInterval(e)},[l?.status,n,o]);let{byField:_,general:y}=T(f,[`month`]);return(0,A.jsx)(w,{withBorder:!0,children:(0,A.jsxs)(e,{children:[(0,A.jsx)(u,{order:2,size:`h4`,children:t(`monthly.title`)}),(0,A.jsx)(s,{size:`sm`,children:t(`monthly.help`)}),(0,A.jsx)(C,{errors:y}),(0,A.jsxs)(h,{align:`end`,children:[(0,A.jsx)(v,{type:`month`,label:t(`monthly.month`),value:o,onChange:e=>{c(e.currentTarget.value),d(null)},error:_.month}),(0,A.jsx)(i,{loading:g,onClick:()=>m({variables:{input:{month:o}},onCompleted:({requestMonthlySummary:e})=>{p(e.errors),d(e.document??null)},onError:()=>p(S(t(`network`)))}),children:t(`monthly.make`)})]}),l?.status===`READY`&&l.url&&(0,A.jsx)(a,{href:l.url,target:`_blank`,rel:`noopener`,download:!0,children:t(`monthly.download`,{month:o})}),l?.status===`PENDING`&&(0,A.jsx)(s,{size:`sm`,role:`status`,children:t(`monthly.pending`)}),l?.status===`FAILED`&&(0,A.jsx)(s,{size:`sm`,c:`red.9`,role:`alert`,children:t(`monthly.failed`)})]})})}var R=e=>e==null?`–`:`${Math.round(e*100)}%`,z=e=>e==null?`–`:e.toFixed(1);function B({rows:e,title:t}){let{t:n}=r(`analytics`),i=[...e].sort((e,t)=>t.bookedHours-e.bookedHours).slice(0,15),a=Math.max(1,...i.map(e=>Math.max(e.bookedHours,e.bookableHours??0))),o=e=>e/a*410,s=i.length*40+34;return(0,A.jsxs)(`svg`,{viewBox:`0 0 640 ${s}`,width:`100%`,role:`img`,"aria-label":t,style:{maxWidth:640},children:[(0,A.jsx)(`title`,{children:t}),i.map((e,t)=>{let n=8+t*40,r=e.name.length>24?`${e.name.slice(0,23)}…`:e.name;return(0,A.jsxs)(`g`,{children:[(0,A.jsx)(`text`,{x:0,y:n+14+2,fontSize:`12`,fill:`#212529`,children:r}),e.bookableHours!=null&&(0,A.jsx)(`rect`,{x:170,y:n,width:o(e.bookableHours),height:26,fill:`#e9ecef`}),(0,A.jsx)(`rect`,{x:170,y:n,width:o(e.bookedHours),height:12,fill:`#1971c2`}),(0,A.jsx)(`rect`,{x:170,y:n+14,width:o(e.usedHours),height:12,fill:`#2f9e44`}),(0,A.jsx)(`text`,{x:170+o(Math.max(e.bookedHours,e.bookableHours??0))+4,y:n+14+2,fontSize:`12`,fill:`#212529`,children:R(e.utilisation)})]},e.key)}),(0,A.jsx)(`text`,{x:170,y:s-6,fontSize:`12`,fill:`#212529`,children:n(`chartLegend`)})]})}function V({from:t,to:n,groupBy:i}){let{t:a}=r(`analytics`),{rows:o,total:c}=(0,O.useLazyLoadQuery)(E,{from:t,to:n,groupBy:i},{fetchPolicy:`store-and-network`}).utilisationReport,l=[...o,c];return(0,A.jsxs)(e,{children:[o.length===0?(0,A.jsx)(s,{children:a(`empty`)}):(0,A.jsx)(B,{rows:o,title:a(`chartTitle`)}),(0,A.jsx)(x,{minWidth:900,children:(0,A.jsxs)(_,{striped:!0,children:[(0,A.jsx)(_.Thead,{children:(0,A.jsxs)(_.Tr,{children:[(0,A.jsx)(_.Th,{children:a(`group.${i}`)}),(0,A.jsx)(_.Th,{children:a(`bookable`)}),(0,A.jsx)(_.Th,{children:a(`booked`)}),(0,A.jsx)(_.Th,{children:a(`used`)}),(0,A.jsx)(_.Th,{children:a(`utilisation`)}),(0,A.jsx)(_.Th,{children:a(`requests`)}),(0,A.jsx)(_.Th,{children:a(`noShows`)}),(0,A.jsx)(_.Th,{children:a(`cancellations`)}),(0,A.jsx)(_.Th,{children:a(`lead`)})]})}),(0,A.jsx)(_.Tbody,{children:l.map(e=>(0,A.jsxs)(_.Tr,{fw:e.key===`*`?700:void 0,children:[(0,A.jsx)(_.Td,{children:e.key===`*`?a(`total`):e.name}),(0,A.jsx)(_.Td,{children:z(e.bookableHours)}),(0,A.jsx)(_.Td,{children:z(e.bookedHours)}),(0,A.jsx)(_.Td,{children:z(e.usedHours)}),(0,A.jsx)(_.Td,{children:R(e.utilisation)}),(0,A.jsx)(_.Td,{children:e.requests}),(0,A.jsxs)(_.Td,{children:[e.noShows,` (`,R(e.noShowRate),`)`]}),(0,A.jsxs)(_.Td,{children:[e.cancellations,` (`,R(e.cancellationRate),`)`]}),(0,A.jsx)(_.Td,{children:z(e.meanLeadHours)})]},e.key))})]})})]})}function H(){let{t}=r(`analytics`),n=d(),i=y(),[o,c]=(0,D.useState)(b(i,-30)),[m,_]=(0,D.useState)(b(i,30)),[x,S]=(0,D.useState)(`ROOM`),C=/^\d{4}-\d{2}-\d{2}$/.test(o)&&/^\d{4}-\d{2}-\d{2}$/.test(m)&&o<=m;return(0,A.jsxs)(e,{maw:1100,children:[(0,A.jsx)(u,{order:1,children:t(`title`)}),(0,A.jsxs)(s,{children:[t(`help`),` `,(0,A.jsx)(a,{component:l,to:`/staff/service-levels`,children:t(`serviceLevels`)})]}),(0,A.jsxs)(h,{align:`end`,children:[(0,A.jsx)(v,{type:`date`,label:t(`from`),value:o,onChange:e=>c(e.currentTarget.value)}),(0,A.jsx)(v,{type:`date`,label:t(`to`),value:m,onChange:e=>_(e.currentTarget.value)}),(0,A.jsxs)(e,{gap:4,children:[(0,A.jsx)(s,{size:`sm`,fw:500,id:`group-by-label`,children:t(`groupBy`)}),(0,A.jsx)(g,{"aria-labelledby":`group-by-label`,value:x,onChange:e=>S(e),data:[`ROOM`,`BUILDING`,`AGENCY`].map(e=>({value:e,label:t(`group.${e}`)}))})]})]}),C?(0,A.jsxs)(A.Fragment,{children:[(0,A.jsx)(M,{from:o,to:m,groupBy:x}),(0,A.jsx)(D.Suspense,{fallback:(0,A.jsx)(f,{}),children:(0,A.jsx)(V,{from:o,to:m,groupBy:x})})]}):(0,A.jsx)(s,{c:`red.9`,role:`alert`,children:t(`badPeriod`)}),p(n,`LEADERSHIP`,`SERVICE_HEAD`,`ADMIN`)&&(0,A.jsx)(L,{})]})}export{H as default};