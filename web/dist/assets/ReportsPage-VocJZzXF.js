import{A as e,At as t,D as n,Dt as r,N as i,Ot as a,P as o,X as s,b as c,k as l}from"./index-D9bkC2R6.js";import{t as u}from"./Group-CGqIaPt4.js";import{t as d}from"./Paper-zH00Vt4u.js";import{t as f}from"./TextInput-CxD4SwT0.js";import{i as p,o as m,r as h,t as g}from"./time-DCC4qMpP.js";import{t as _}from"./ReportDocument-CfWRWwa7.js";import{t as v}from"./PhotoThumb-iOECsGqa.js";var y=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`from`},{defaultValue:null,kind:`LocalArgument`,name:`to`}],t=[{kind:`Literal`,name:`first`,value:20},{kind:`Variable`,name:`from`,variableName:`from`},{kind:`Variable`,name:`to`,variableName:`to`}],n={alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`narrative`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},s=[o],c={alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null}],storageKey:null},l={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},u={alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null},d={alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[l,u],storageKey:null},f=[o,r];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ReportsPageQuery`,selections:[{alias:null,args:t,concreteType:`EventReportConnection`,kind:`LinkedField`,name:`eventReports`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`EventReportEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,i,a,{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:s,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:s,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`reportedBy`,plural:!1,selections:s,storageKey:null},c,{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photos`,plural:!0,selections:[r,{args:null,kind:`FragmentSpread`,name:`PhotoThumb_photo`}],storageKey:null},d],storageKey:null}],storageKey:null}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ReportsPageQuery`,selections:[{alias:null,args:t,concreteType:`EventReportConnection`,kind:`LinkedField`,name:`eventReports`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`EventReportEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,i,a,{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:f,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:f,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`reportedBy`,plural:!1,selections:f,storageKey:null},c,{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photos`,plural:!0,selections:[r,l,{alias:null,args:null,kind:`ScalarField`,name:`failureReason`,storageKey:null},{alias:null,args:null,concreteType:`PhotoRendition`,kind:`LinkedField`,name:`renditions`,plural:!0,selections:[o,{alias:null,args:null,kind:`ScalarField`,name:`format`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`width`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`height`,storageKey:null},u],storageKey:null}],storageKey:null},d],storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`e254590e52d36b7caef6222dbd05d71d`,id:`12a0a8fa8e70d6efa9c7d6128879d461ced869a5f9b8a8b141f6ad6524ea67c9`,metadata:{},name:`ReportsPageQuery`,operationKind:`query`,text:`query ReportsPageQuery(
  $from: Date
  $to: Date
) {
  eventReports(first: 20, from: $from, to: $to) {
    totalCount
    edges {
      node {
        id
        narrative
        reportedAt
        room {
          name
          id
        }
        agency {
          name
          id
        }
        reportedBy {
          name
          id
        }
        booking {
          id
          reference
          title
          startsAt
          endsAt
        }
        photos {
          id
          ...PhotoThumb_photo
        }
        document {
          status
          url
        }
      }
    }
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
`}}})();y.hash=`4373335971104a2293bbe14ae46e61aa`;var b=t(a(),1),x=n(),S=s();function C(){let{t,i18n:n}=r(`reports`),a=n.language===`en`?`en`:`id`,s=m(),[C,w]=(0,b.useState)(g(s,-30)),[T,E]=(0,b.useState)(g(s,1)),D=(0,x.useLazyLoadQuery)(y,{from:C||null,to:T||null},{fetchPolicy:`store-and-network`});return(0,S.jsxs)(e,{maw:1e3,children:[(0,S.jsx)(l,{order:1,children:t(`listTitle`)}),(0,S.jsxs)(u,{children:[(0,S.jsx)(f,{type:`date`,label:t(`from`),value:C,onChange:e=>w(e.currentTarget.value)}),(0,S.jsx)(f,{type:`date`,label:t(`to`),value:T,onChange:e=>E(e.currentTarget.value)})]}),(0,S.jsx)(o,{children:t(`count`,{count:D.eventReports.totalCount})}),D.eventReports.edges.map(({node:n})=>(0,S.jsx)(d,{withBorder:!0,p:`md`,component:`article`,"aria-label":n.booking.title,children:(0,S.jsxs)(e,{gap:`xs`,children:[(0,S.jsxs)(u,{justify:`space-between`,children:[(0,S.jsx)(l,{order:2,size:`h4`,children:n.booking.title}),(0,S.jsx)(i,{component:c,to:`/bookings/${n.booking.id}`,children:n.booking.reference})]}),(0,S.jsxs)(o,{size:`sm`,children:[p(n.booking.startsAt,n.booking.endsAt,a),` · `,n.room.name,` · `,n.agency.name]}),(0,S.jsx)(o,{children:n.narrative}),(0,S.jsx)(u,{children:n.photos.map((e,r)=>(0,S.jsx)(v,{photo:e,alt:t(`photoAlt`,{n:r+1,title:n.booking.title})},e.id))}),(0,S.jsx)(_,{document:n.document,title:n.booking.title}),(0,S.jsx)(o,{size:`xs`,c:`gray.7`,children:t(`reportedBy`,{at:h(n.reportedAt,a),name:n.reportedBy?.name??``})})]})},n.id))]})}export{C as default};