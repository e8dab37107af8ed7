import{$ as e,A as t,C as n,Dt as r,F as i,G as a,I as o,L as s,M as c,N as l,O as u,Ot as d,Q as f,R as p,U as m,X as h,Z as g,_t as _,f as v,h as y,it as b,lt as x,nt as S,s as C,y as w,yt as T}from"./index-D8XgsAZ1.js";import{n as E,t as D}from"./Textarea-CkULcc7O.js";import{t as O}from"./Group-DxKkLu3x.js";import{t as k}from"./Paper-_Da8F6Xj.js";import{r as A}from"./Input-CRCb0g-4.js";import{t as j}from"./create-safe-context-DYx6sIEQ.js";import{t as M}from"./get-auto-contrast-value-BTPwFOS2.js";import{i as N,r as P}from"./time-DCC4qMpP.js";import{t as F}from"./PhotoThumb-D9EJMjjK.js";var[I,L]=j(`Progress.Root component was not found in tree`),R={root:`m_db6d6462`,section:`m_2242eb65`,"stripes-animation":`m_81a374bd`,"stripes-animation-vertical":`m_e0fb7a86`,label:`m_91e40b74`},z=e(),B=a(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,...o}=g(`ProgressLabel`,null,e),s=L();return(0,z.jsx)(m,{...s.getStyles(`label`,{className:n,style:r,classNames:t,styles:i}),...o})});B.classes=R,B.displayName=`@mantine/core/ProgressLabel`;var V=x((e,{size:t,radius:n,transitionDuration:r})=>({root:{"--progress-size":T(t,`progress-size`),"--progress-radius":n===void 0?void 0:_(n),"--progress-transition-duration":typeof r==`number`?`${r}ms`:void 0}})),H=a(e=>{let t=g(`ProgressRoot`,null,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,autoContrast:c,transitionDuration:l,orientation:u,attributes:d,mod:f,...p}=t,_=h({name:`Progress`,classes:R,props:t,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:d,vars:s,varsResolver:V});return(0,z.jsx)(I,{value:{getStyles:_,autoContrast:c},children:(0,z.jsx)(m,{mod:[{orientation:u},f],..._(`root`),...p})})});H.classes=R,H.varsResolver=V,H.displayName=`@mantine/core/ProgressRoot`;var U={withAria:!0},W=a(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,value:o,withAria:s,color:c,striped:l,animated:u,mod:d,...p}=g(`ProgressSection`,U,e),h=L(),_=f(),v=s?{role:`progressbar`,"aria-valuemax":100,"aria-valuemin":0,"aria-valuenow":o,"aria-valuetext":`${o}%`}:{};return(0,z.jsx)(m,{...h.getStyles(`section`,{className:n,classNames:t,styles:i,style:r}),...p,...v,mod:[{striped:l||u,animated:u},d],__vars:{"--progress-section-size":`${o}%`,"--progress-section-color":b(c,_),"--progress-label-color":M(h.autoContrast,_)?S({color:c,theme:_,autoContrast:h.autoContrast}):void 0}})});W.classes=R,W.displayName=`@mantine/core/ProgressSection`;var G=a(e=>{let t=g(`Progress`,null,e),{value:n,classNames:r,styles:i,vars:a,color:o,striped:s,animated:c,"aria-label":l,...u}=t,{resolvedClassNames:d,resolvedStyles:f}=A({classNames:r,styles:i,props:t});return(0,z.jsx)(H,{classNames:d,styles:f,vars:a,...u,children:(0,z.jsx)(W,{value:n,color:o,striped:s,animated:c,"aria-label":l})})});G.classes=R,G.displayName=`@mantine/core/Progress`,G.Section=W,G.Root=H,G.Label=B;var K=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`narrative`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EventReportPageSubmitMutation`,selections:[{alias:null,args:t,concreteType:`EventReportPayload`,kind:`LinkedField`,name:`submitEventReport`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[n,r,i,{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[a,o,{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`reportedBy`,plural:!1,selections:[s],storageKey:null}],storageKey:null}],storageKey:null},c],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EventReportPageSubmitMutation`,selections:[{alias:null,args:t,concreteType:`EventReportPayload`,kind:`LinkedField`,name:`submitEventReport`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[n,r,i,{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[a,o,{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`reportedBy`,plural:!1,selections:[s,n],storageKey:null},n],storageKey:null}],storageKey:null},c],storageKey:null}]},params:{cacheID:`155691ac176c98bb4949d276ff160822`,id:`e88bd72661ea3a35d9175ce12f1f4879ab131c9643fce0863be0d0f2fe30f73d`,metadata:{},name:`EventReportPageSubmitMutation`,operationKind:`mutation`,text:`mutation EventReportPageSubmitMutation(
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
`}}})();K.hash=`90028c5902d2db52e470d17a1eef8d29`;var q=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t={alias:null,args:null,concreteType:`PhotoUploadOptions`,kind:`LinkedField`,name:`photoUploadOptions`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`direct`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`maxBytes`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`maxPhotosPerBooking`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`contentTypes`,storageKey:null}],storageKey:null},n=[{kind:`Variable`,name:`id`,variableName:`id`}],r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},l={alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},u={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},d=[u],f={alias:null,args:null,kind:`ScalarField`,name:`narrative`,storageKey:null},p={alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},m=[u,r];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EventReportPageQuery`,selections:[t,{alias:null,args:n,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{kind:`InlineFragment`,selections:[r,i,a,o,s,c,l,{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:d,storageKey:null},{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photos`,plural:!0,selections:[r,o,{args:null,kind:`FragmentSpread`,name:`PhotoThumb_photo`}],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[f,p,{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`reportedBy`,plural:!1,selections:d,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EventReportPageQuery`,selections:[t,{alias:null,args:n,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},r,{kind:`InlineFragment`,selections:[i,a,o,s,c,l,{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:m,storageKey:null},{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photos`,plural:!0,selections:[r,o,{alias:null,args:null,kind:`ScalarField`,name:`failureReason`,storageKey:null},{alias:null,args:null,concreteType:`PhotoRendition`,kind:`LinkedField`,name:`renditions`,plural:!0,selections:[u,{alias:null,args:null,kind:`ScalarField`,name:`format`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`width`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`height`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[f,p,{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`reportedBy`,plural:!1,selections:m,storageKey:null},r],storageKey:null}],type:`Booking`,abstractKey:null}],storageKey:null}]},params:{cacheID:`c2f8037612a167fd5b2331df6a8bd1a9`,id:`94a27d49131ad3ea3738b1b490e780a7d5962d1d0c901d029cc364fee37b1c07`,metadata:{},name:`EventReportPageQuery`,operationKind:`query`,text:`query EventReportPageQuery(
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
`}}})();q.hash=`21528aee31665f8c23b488e5f0073cfb`;var J=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`PhotoPayload`,kind:`LinkedField`,name:`confirmPhotoUpload`,plural:!1,selections:[{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EventReportPageConfirmMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EventReportPageConfirmMutation`,selections:t},params:{cacheID:`4edcb71d3e88ddfd379de911c4ffdf99`,id:`0c43cb4c2786135dd5470082e129343e5cd03065ad54a9dac8c2f9e23fc918ee`,metadata:{},name:`EventReportPageConfirmMutation`,operationKind:`mutation`,text:`mutation EventReportPageConfirmMutation(
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
`}}})();J.hash=`07dbcd4147bf100ec3afc33e42ad0494`;var Y=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`CreatePhotoUploadPayload`,kind:`LinkedField`,name:`createPhotoUpload`,plural:!1,selections:[{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PhotoUploadForm`,kind:`LinkedField`,name:`upload`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null},{alias:null,args:null,concreteType:`FormField`,kind:`LinkedField`,name:`fields`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`value`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EventReportPageCreateUploadMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EventReportPageCreateUploadMutation`,selections:t},params:{cacheID:`f4ae7a73d083e90419e84093b8a58b96`,id:`cf0325ac70131dec8fa366bc95b89571cdba4362309f531c844582b4c529310a`,metadata:{},name:`EventReportPageCreateUploadMutation`,operationKind:`mutation`,text:`mutation EventReportPageCreateUploadMutation(
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
`}}})();Y.hash=`2bd6ff511d6ec3f7a40f86204a21abb4`;var X=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`PhotoPayload`,kind:`LinkedField`,name:`uploadEventPhoto`,plural:!1,selections:[{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EventReportPageUploadMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EventReportPageUploadMutation`,selections:t},params:{cacheID:`a8370639237fd06908c1d72302811bc2`,id:`d708d032a57100dfcc24f2c1a8779d17bd7f9436a8f1e0b7ea9cede00fdaee5c`,metadata:{},name:`EventReportPageUploadMutation`,operationKind:`mutation`,text:`mutation EventReportPageUploadMutation(
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
`}}})();X.hash=`44fae9ebe583513837a011da2d0ff015`;var Z=d(r(),1),Q=t();function $(e,t,n,r){return new Promise((i,a)=>{let o=new XMLHttpRequest;o.open(`POST`,e);for(let[e,t]of Object.entries(n))o.setRequestHeader(e,t);o.upload.onprogress=e=>{e.lengthComputable&&r(e.loaded/e.total)},o.onload=()=>i(o),o.onerror=()=>a(Error(`network`)),o.send(t)})}async function ee(e,t,n,r){let i=new FormData;for(let e of t)i.append(e.name,e.value);i.append(`file`,n);let a=await $(e,i,{},r);if(a.status<200||a.status>=300)throw Error(`storage ${a.status}`)}async function te(e,t,n,r){let{params:i}=e,a={},o=new FormData,s=Object.keys(n);o.append(`operations`,JSON.stringify({query:i.text,operationName:i.name,variables:t,...i.id?{extensions:{persistedQuery:{version:1,sha256Hash:i.id}}}:{}})),s.forEach((e,t)=>{a[String(t)]=[e]}),o.append(`map`,JSON.stringify(a)),s.forEach((e,t)=>{o.append(String(t),n[e],n[e].name)});let c={"Apollo-Require-Preflight":`true`,"Accept-Language":v.language===`en`?`en`:`id`},l=w();l&&(c.Authorization=`Bearer ${l}`);let u=await $(C,o,c,r),d=JSON.parse(u.responseText);if(!d.data)throw Error(d.errors?.[0]?.message??`HTTP ${u.status}`);return d.data}var ne=X,re=Y,ie=J;function ae(){let{bookingId:e=``}=u(),{t,i18n:r}=y(`reports`),a=r.language===`en`?`en`:`id`,d=(0,Q.useRelayEnvironment)(),[f,m]=(0,Z.useState)(0),h=(0,Q.useLazyLoadQuery)(q,{id:e},{fetchPolicy:`store-and-network`,fetchKey:f}),g=h.node,_=h.photoUploadOptions,[v,b]=(0,Z.useState)([]),[x,S]=(0,Z.useState)([]),[C,w]=(0,Z.useState)(``),[T,A]=(0,Z.useState)(null),[j,M]=(0,Z.useState)(null),[I,L]=(0,Q.useMutation)(K),R=g?.photos?.some(e=>e.status===`PROCESSING`||e.status===`UPLOADING`);if((0,Z.useEffect)(()=>{if(!R)return;let e=setTimeout(()=>m(e=>e+1),2e3);return()=>clearTimeout(e)},[R]),!g?.id)return(0,z.jsx)(p,{color:`red`,children:t(`notFound`)});let B=g.id;function V(e,t){return new Promise((n,r)=>{(0,Q.commitMutation)(d,{mutation:e,variables:t,onCompleted:e=>n(e),onError:r})})}async function H(e,n){let r=e=>S(t=>t.map((t,r)=>r===n?{...t,fraction:e}:t)),i=e=>S(t=>t.map((t,r)=>r===n?{...t,error:e}:t));try{if(_.direct){let n=(await V(re,{input:{bookingId:B,contentType:e.type,size:e.size}})).createPhotoUpload;if(!n.upload||!n.photo)return i(n.errors[0]?.message??t(`uploadFailed`));await ee(n.upload.url,n.upload.fields,e,r);let a=await V(ie,{input:{photoId:n.photo.id}});if(a.confirmPhotoUpload.errors.length)return i(a.confirmPhotoUpload.errors[0].message)}else{let t=await te(ne,{input:{bookingId:B,photo:null}},{"variables.input.photo":e},r);if(t.uploadEventPhoto.errors.length)return i(t.uploadEventPhoto.errors[0].message)}r(1)}catch{i(t(`uploadFailed`))}}async function U(){let e=v;S(e.map(e=>({name:e.name,fraction:0}))),b([]),await Promise.all(e.map((e,t)=>H(e,t))),m(e=>e+1)}function W(){A(null),M(null),I({variables:{input:{bookingId:B,narrative:C}},onCompleted:({submitEventReport:e})=>{let t=e.errors[0];t&&(t.field===`narrative`?A(t.message):M(t.message))},onError:()=>M(t(`network`))})}let J=v.find(e=>e.size>_.maxBytes),Y=g.availableActions?.includes(`REPORT`)??!1,X=g.photos??[];return(0,z.jsxs)(l,{maw:900,children:[(0,z.jsxs)(o,{component:n,to:`/bookings/${B}`,children:[`← `,g.reference]}),(0,z.jsx)(c,{order:1,children:t(`title`)}),(0,z.jsxs)(s,{children:[g.title,` · `,g.room?.name,` ·`,` `,g.startsAt&&g.endsAt&&N(g.startsAt,g.endsAt,a)]}),(0,z.jsx)(k,{withBorder:!0,p:`md`,children:(0,z.jsxs)(l,{children:[(0,z.jsx)(c,{order:2,size:`h3`,children:t(`photos`)}),(0,z.jsx)(s,{size:`sm`,children:t(`photoHelp`,{mb:Math.round(_.maxBytes/1024/1024),max:_.maxPhotosPerBooking,count:X.length})}),(0,z.jsxs)(O,{align:`end`,children:[(0,z.jsx)(E,{label:t(`choose`),multiple:!0,accept:_.contentTypes.join(`,`),value:v,onChange:b,clearable:!0,w:360,error:J?t(`tooBig`,{name:J.name}):void 0}),(0,z.jsx)(i,{onClick:()=>void U(),disabled:v.length===0||!!J,children:t(`upload`)})]}),x.map(e=>(0,z.jsxs)(l,{gap:2,children:[(0,z.jsx)(s,{size:`sm`,children:e.name}),e.error?(0,z.jsx)(p,{color:`red`,role:`alert`,children:e.error}):(0,z.jsx)(G,{value:Math.round(e.fraction*100),"aria-label":t(`progress`,{name:e.name})})]},e.name)),(0,z.jsxs)(O,{"aria-live":`polite`,children:[X.length===0&&(0,z.jsx)(s,{c:`gray.7`,children:t(`noPhotos`)}),X.map((e,n)=>(0,z.jsx)(F,{photo:e,alt:t(`photoAlt`,{n:n+1,title:g.title})},e.id))]})]})}),(0,z.jsx)(k,{withBorder:!0,p:`md`,children:g.report?(0,z.jsxs)(l,{gap:`xs`,children:[(0,z.jsx)(c,{order:2,size:`h3`,children:t(`sent`)}),(0,z.jsx)(s,{children:g.report.narrative}),(0,z.jsxs)(s,{size:`sm`,c:`gray.7`,children:[P(g.report.reportedAt,a),` WIB · `,g.report.reportedBy?.name]})]}):(0,z.jsxs)(l,{children:[(0,z.jsx)(c,{order:2,size:`h3`,children:t(`narrative`)}),(0,z.jsx)(D,{label:t(`narrativeLabel`),description:t(`narrativeHelp`),styles:{description:{color:`var(--mantine-color-gray-7)`}},autosize:!0,minRows:4,value:C,onChange:e=>w(e.currentTarget.value),error:T}),j&&(0,z.jsx)(p,{color:`red`,role:`alert`,children:j}),!Y&&(0,z.jsx)(s,{size:`sm`,children:t(`notYet`)}),(0,z.jsx)(i,{onClick:W,loading:L,disabled:!Y||!C.trim(),w:`fit-content`,children:t(`submit`)})]})})]})}export{ae as default};