import{$ as e,At as t,I as n,K as r,L as i,N as a,Ot as o,P as s,Q as c,R as l,W as u,Z as d,at as f,b as p,bt as m,et as h,g,j as _,k as v,p as y,rt as b,s as x,ut as S,vt as C,w,z as T}from"./index-BebB5HRp.js";import{n as E,t as ee}from"./Textarea-BHCYwM2v.js";import{t as D}from"./Group-BgBu_uJY.js";import{t as O}from"./Paper-jl4TM-_B.js";import{r as k}from"./Input-DilcHojr.js";import{t as A}from"./create-safe-context-BvDSBfJi.js";import{t as j}from"./get-auto-contrast-value-BTPwFOS2.js";import{i as M,r as N}from"./time-DCC4qMpP.js";import{t as P}from"./PhotoThumb-9EzDb9Sm.js";var[F,I]=A(`Progress.Root component was not found in tree`),L={root:`m_db6d6462`,section:`m_2242eb65`,"stripes-animation":`m_81a374bd`,"stripes-animation-vertical":`m_e0fb7a86`,label:`m_91e40b74`},R=h(),z=r(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,...o}=c(`ProgressLabel`,null,e),s=I();return(0,R.jsx)(u,{...s.getStyles(`label`,{className:n,style:r,classNames:t,styles:i}),...o})});z.classes=L,z.displayName=`@mantine/core/ProgressLabel`;var B=S((e,{size:t,radius:n,transitionDuration:r})=>({root:{"--progress-size":m(t,`progress-size`),"--progress-radius":n===void 0?void 0:C(n),"--progress-transition-duration":typeof r==`number`?`${r}ms`:void 0}})),V=r(e=>{let t=c(`ProgressRoot`,null,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,autoContrast:l,transitionDuration:f,orientation:p,attributes:m,mod:h,...g}=t,_=d({name:`Progress`,classes:L,props:t,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:m,vars:s,varsResolver:B});return(0,R.jsx)(F,{value:{getStyles:_,autoContrast:l},children:(0,R.jsx)(u,{mod:[{orientation:p},h],..._(`root`),...g})})});V.classes=L,V.varsResolver=B,V.displayName=`@mantine/core/ProgressRoot`;var H={withAria:!0},U=r(t=>{let{classNames:n,className:r,style:i,styles:a,vars:o,value:s,withAria:l,color:d,striped:p,animated:m,mod:h,...g}=c(`ProgressSection`,H,t),_=I(),v=e(),y=l?{role:`progressbar`,"aria-valuemax":100,"aria-valuemin":0,"aria-valuenow":s,"aria-valuetext":`${s}%`}:{};return(0,R.jsx)(u,{..._.getStyles(`section`,{className:r,classNames:n,styles:a,style:i}),...g,...y,mod:[{striped:p||m,animated:m},h],__vars:{"--progress-section-size":`${s}%`,"--progress-section-color":f(d,v),"--progress-label-color":j(_.autoContrast,v)?b({color:d,theme:v,autoContrast:_.autoContrast}):void 0}})});U.classes=L,U.displayName=`@mantine/core/ProgressSection`;var W=r(e=>{let t=c(`Progress`,null,e),{value:n,classNames:r,styles:i,vars:a,color:o,striped:s,animated:l,"aria-label":u,...d}=t,{resolvedClassNames:f,resolvedStyles:p}=k({classNames:r,styles:i,props:t});return(0,R.jsx)(V,{classNames:f,styles:p,vars:a,...d,children:(0,R.jsx)(U,{value:n,color:o,striped:s,animated:l,"aria-label":u})})});W.classes=L,W.displayName=`@mantine/core/Progress`,W.Section=U,W.Root=V,W.Label=z;var G=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`narrative`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EventReportPageSubmitMutation`,selections:[{alias:null,args:t,concreteType:`EventReportPayload`,kind:`LinkedField`,name:`submitEventReport`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[n,r,i,{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[a,o,{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`reportedBy`,plural:!1,selections:[s],storageKey:null}],storageKey:null}],storageKey:null},c],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EventReportPageSubmitMutation`,selections:[{alias:null,args:t,concreteType:`EventReportPayload`,kind:`LinkedField`,name:`submitEventReport`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[n,r,i,{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[a,o,{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`reportedBy`,plural:!1,selections:[s,n],storageKey:null},n],storageKey:null}],storageKey:null},c],storageKey:null}]},params:{cacheID:`155691ac176c98bb4949d276ff160822`,id:`e88bd72661ea3a35d9175ce12f1f4879ab131c9643fce0863be0d0f2fe30f73d`,metadata:{},name:`EventReportPageSubmitMutation`,operationKind:`mutation`,text:`mutation EventReportPageSubmitMutation(
  $input: SubmitEventReportInput!
) {
  submitEventReport(input: $input) {
    booking {
      id
      status
      availableActions
      report {
        narrative
        reportedAt
        reportedBy {
          name
          id
        }
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
`}}})();G.hash=`90028c5902d2db52e470d17a1eef8d29`;var K=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t={alias:null,args:null,concreteType:`PhotoUploadOptions`,kind:`LinkedField`,name:`photoUploadOptions`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`direct`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`maxBytes`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`maxPhotosPerBooking`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`contentTypes`,storageKey:null}],storageKey:null},n=[{kind:`Variable`,name:`id`,variableName:`id`}],r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},l={alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},u={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},d=[u],f={alias:null,args:null,kind:`ScalarField`,name:`narrative`,storageKey:null},p={alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},m=[u,r];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EventReportPageQuery`,selections:[t,{alias:null,args:n,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{kind:`InlineFragment`,selections:[r,i,a,o,s,c,l,{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:d,storageKey:null},{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photos`,plural:!0,selections:[r,o,{args:null,kind:`FragmentSpread`,name:`PhotoThumb_photo`}],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[f,p,{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`reportedBy`,plural:!1,selections:d,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EventReportPageQuery`,selections:[t,{alias:null,args:n,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},r,{kind:`InlineFragment`,selections:[i,a,o,s,c,l,{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:m,storageKey:null},{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photos`,plural:!0,selections:[r,o,{alias:null,args:null,kind:`ScalarField`,name:`failureReason`,storageKey:null},{alias:null,args:null,concreteType:`PhotoRendition`,kind:`LinkedField`,name:`renditions`,plural:!0,selections:[u,{alias:null,args:null,kind:`ScalarField`,name:`format`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`width`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`height`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[f,p,{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`reportedBy`,plural:!1,selections:m,storageKey:null},r],storageKey:null}],type:`Booking`,abstractKey:null}],storageKey:null}]},params:{cacheID:`c2f8037612a167fd5b2331df6a8bd1a9`,id:`94a27d49131ad3ea3738b1b490e780a7d5962d1d0c901d029cc364fee37b1c07`,metadata:{},name:`EventReportPageQuery`,operationKind:`query`,text:`query EventReportPageQuery(
  $id: ID!
) {
  photoUploadOptions {
    direct
    maxBytes
    maxPhotosPerBooking
    contentTypes
  }
  node(id: $id) {
    __typename
    ... on Booking {
      id
      reference
      title
      status
      startsAt
      endsAt
      availableActions
      room {
        name
        id
      }
      photos {
        id
        status
        ...PhotoThumb_photo
      }
      report {
        narrative
        reportedAt
        reportedBy {
          name
          id
        }
        id
      }
    }
    id
  }
}

fragment PhotoThumb_photo on Photo {
  id
  status
  failureReason
  renditions {
    name
    format
    width
    height
    url
  }
}
`}}})();K.hash=`21528aee31665f8c23b488e5f0073cfb`;var q=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`PhotoPayload`,kind:`LinkedField`,name:`confirmPhotoUpload`,plural:!1,selections:[{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EventReportPageConfirmMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EventReportPageConfirmMutation`,selections:t},params:{cacheID:`4edcb71d3e88ddfd379de911c4ffdf99`,id:`0c43cb4c2786135dd5470082e129343e5cd03065ad54a9dac8c2f9e23fc918ee`,metadata:{},name:`EventReportPageConfirmMutation`,operationKind:`mutation`,text:`mutation EventReportPageConfirmMutation(
  $input: ConfirmPhotoUploadInput!
) {
  confirmPhotoUpload(input: $input) {
    photo {
      id
      status
    }
    errors {
      code
      message
    }
  }
}
`}}})();q.hash=`07dbcd4147bf100ec3afc33e42ad0494`;var J=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`CreatePhotoUploadPayload`,kind:`LinkedField`,name:`createPhotoUpload`,plural:!1,selections:[{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PhotoUploadForm`,kind:`LinkedField`,name:`upload`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null},{alias:null,args:null,concreteType:`FormField`,kind:`LinkedField`,name:`fields`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`value`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EventReportPageCreateUploadMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EventReportPageCreateUploadMutation`,selections:t},params:{cacheID:`f4ae7a73d083e90419e84093b8a58b96`,id:`cf0325ac70131dec8fa366bc95b89571cdba4362309f531c844582b4c529310a`,metadata:{},name:`EventReportPageCreateUploadMutation`,operationKind:`mutation`,text:`mutation EventReportPageCreateUploadMutation(
  $input: CreatePhotoUploadInput!
) {
  createPhotoUpload(input: $input) {
    photo {
      id
    }
    upload {
      url
      fields {
        name
        value
      }
    }
    errors {
      code
      message
    }
  }
}
`}}})();J.hash=`2bd6ff511d6ec3f7a40f86204a21abb4`;var Y=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`PhotoPayload`,kind:`LinkedField`,name:`uploadEventPhoto`,plural:!1,selections:[{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EventReportPageUploadMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EventReportPageUploadMutation`,selections:t},params:{cacheID:`a8370639237fd06908c1d72302811bc2`,id:`d708d032a57100dfcc24f2c1a8779d17bd7f9436a8f1e0b7ea9cede00fdaee5c`,metadata:{},name:`EventReportPageUploadMutation`,operationKind:`mutation`,text:`mutation EventReportPageUploadMutation(
  $input: UploadEventPhotoInput!
) {
  uploadEventPhoto(input: $input) {
    photo {
      id
      status
    }
    errors {
      code
      message
    }
  }
}
`}}})();Y.hash=`44fae9ebe583513837a011da2d0ff015`;var X=t(o(),1),Z=_();function Q(e,t,n,r){return new Promise((i,a)=>{let o=new XMLHttpRequest;o.open(`POST`,e);for(let[e,t]of Object.entries(n))o.setRequestHeader(e,t);o.upload.onprogress=e=>{e.lengthComputable&&r(e.loaded/e.total)},o.onload=()=>i(o),o.onerror=()=>a(Error(`network`)),o.send(t)})}async function te(e,t,n,r){let i=new FormData;for(let e of t)i.append(e.name,e.value);i.append(`file`,n);let a=await Q(e,i,{},r);if(a.status<200||a.status>=300)throw Error(`storage ${a.status}`)}async function $(e,t,n,r){let{params:i}=e,a={},o=new FormData,s=Object.keys(n);o.append(`operations`,JSON.stringify({query:i.text,operationName:i.name,variables:t,...i.id?{extensions:{persistedQuery:{version:1,sha256Hash:i.id}}}:{}})),s.forEach((e,t)=>{a[String(t)]=[e]}),o.append(`map`,JSON.stringify(a)),s.forEach((e,t)=>{o.append(String(t),n[e],n[e].name)});let c={"Apollo-Require-Preflight":`true`,"Accept-Language":y.language===`en`?`en`:`id`},l=p();l&&(c.Authorization=`Bearer ${l}`);let u=await Q(x,o,c,r),d=JSON.parse(u.responseText);if(!d.data)throw Error(d.errors?.[0]?.message??`HTTP ${u.status}`);return d.data}var ne=Y,re=J,ie=q;function ae(){let{bookingId:e=``}=v(),{t,i18n:r}=g(`reports`),o=r.language===`en`?`en`:`id`,c=(0,Z.useRelayEnvironment)(),[u,d]=(0,X.useState)(0),f=(0,Z.useLazyLoadQuery)(K,{id:e},{fetchPolicy:`store-and-network`,fetchKey:u}),p=f.node,m=f.photoUploadOptions,[h,_]=(0,X.useState)([]),[y,b]=(0,X.useState)([]),[x,S]=(0,X.useState)(``),[C,k]=(0,X.useState)(null),[A,j]=(0,X.useState)(null),[F,I]=(0,Z.useMutation)(G),L=p?.photos?.some(e=>e.status===`PROCESSING`||e.status===`UPLOADING`);if((0,X.useEffect)(()=>{if(!L)return;let e=setTimeout(()=>d(e=>e+1),2e3);return()=>clearTimeout(e)},[L]),!p?.id)return(0,R.jsx)(T,{color:`red`,children:t(`notFound`)});let z=p.id;function B(e,t){return new Promise((n,r)=>{(0,Z.commitMutation)(c,{mutation:e,variables:t,onCompleted:e=>n(e),onError:r})})}async function V(e,n){let r=e=>b(t=>t.map((t,r)=>r===n?{...t,fraction:e}:t)),i=e=>b(t=>t.map((t,r)=>r===n?{...t,error:e}:t));try{if(m.direct){let n=(await B(re,{input:{bookingId:z,contentType:e.type,size:e.size}})).createPhotoUpload;if(!n.upload||!n.photo)return i(n.errors[0]?.message??t(`uploadFailed`));await te(n.upload.url,n.upload.fields,e,r);let a=await B(ie,{input:{photoId:n.photo.id}});if(a.confirmPhotoUpload.errors.length)return i(a.confirmPhotoUpload.errors[0].message)}else{let t=await $(ne,{input:{bookingId:z,photo:null}},{"variables.input.photo":e},r);if(t.uploadEventPhoto.errors.length)return i(t.uploadEventPhoto.errors[0].message)}r(1)}catch{i(t(`uploadFailed`))}}async function H(){let e=h;b(e.map(e=>({name:e.name,fraction:0}))),_([]),await Promise.all(e.map((e,t)=>V(e,t))),d(e=>e+1)}function U(){k(null),j(null),F({variables:{input:{bookingId:z,narrative:x}},onCompleted:({submitEventReport:e})=>{let t=e.errors[0];t&&(t.field===`narrative`?k(t.message):j(t.message))},onError:()=>j(t(`network`))})}let q=h.find(e=>e.size>m.maxBytes),J=p.availableActions?.includes(`REPORT`)??!1,Y=p.photos??[];return(0,R.jsxs)(s,{maw:900,children:[(0,R.jsxs)(i,{component:w,to:`/bookings/${z}`,children:[`← `,p.reference]}),(0,R.jsx)(a,{order:1,children:t(`title`)}),(0,R.jsxs)(l,{children:[p.title,` · `,p.room?.name,` ·`,` `,p.startsAt&&p.endsAt&&M(p.startsAt,p.endsAt,o)]}),(0,R.jsx)(O,{withBorder:!0,p:`md`,children:(0,R.jsxs)(s,{children:[(0,R.jsx)(a,{order:2,size:`h3`,children:t(`photos`)}),(0,R.jsx)(l,{size:`sm`,children:t(`photoHelp`,{mb:Math.round(m.maxBytes/1024/1024),max:m.maxPhotosPerBooking,count:Y.length})}),(0,R.jsxs)(D,{align:`end`,children:[(0,R.jsx)(E,{label:t(`choose`),multiple:!0,accept:m.contentTypes.join(`,`),value:h,onChange:_,clearable:!0,w:360,error:q?t(`tooBig`,{name:q.name}):void 0}),(0,R.jsx)(n,{onClick:()=>void H(),disabled:h.length===0||!!q,children:t(`upload`)})]}),y.map(e=>(0,R.jsxs)(s,{gap:2,children:[(0,R.jsx)(l,{size:`sm`,children:e.name}),e.error?(0,R.jsx)(T,{color:`red`,role:`alert`,children:e.error}):(0,R.jsx)(W,{value:Math.round(e.fraction*100),"aria-label":t(`progress`,{name:e.name})})]},e.name)),(0,R.jsxs)(D,{"aria-live":`polite`,children:[Y.length===0&&(0,R.jsx)(l,{c:`gray.7`,children:t(`noPhotos`)}),Y.map((e,n)=>(0,R.jsx)(P,{photo:e,alt:t(`photoAlt`,{n:n+1,title:p.title})},e.id))]})]})}),(0,R.jsx)(O,{withBorder:!0,p:`md`,children:p.report?(0,R.jsxs)(s,{gap:`xs`,children:[(0,R.jsx)(a,{order:2,size:`h3`,children:t(`sent`)}),(0,R.jsx)(l,{children:p.report.narrative}),(0,R.jsxs)(l,{size:`sm`,c:`gray.7`,children:[N(p.report.reportedAt,o),` WIB · `,p.report.reportedBy?.name]})]}):(0,R.jsxs)(s,{children:[(0,R.jsx)(a,{order:2,size:`h3`,children:t(`narrative`)}),(0,R.jsx)(ee,{label:t(`narrativeLabel`),description:t(`narrativeHelp`),styles:{description:{color:`var(--mantine-color-gray-7)`}},autosize:!0,minRows:4,value:x,onChange:e=>S(e.currentTarget.value),error:C}),A&&(0,R.jsx)(T,{color:`red`,role:`alert`,children:A}),!J&&(0,R.jsx)(l,{size:`sm`,children:t(`notYet`)}),(0,R.jsx)(n,{onClick:U,loading:I,disabled:!J||!x.trim(),w:`fit-content`,children:t(`submit`)})]})})]})}export{ae as default};