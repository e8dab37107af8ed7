import{$ as e,A as t,C as n,Dt as r,I as i,L as a,M as o,N as s,Ot as c,h as l}from"./index-BwD8-247.js";import{t as u}from"./Group-Ch-E3InG.js";import{t as d}from"./Paper-Da-rtFuO.js";import{t as f}from"./TextInput-6vY643Je.js";import{i as p,o as m,r as h,t as g}from"./time-DCC4qMpP.js";import{t as _}from"./PhotoThumb-Dq1HF8d1.js";var v=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`from`},{defaultValue:null,kind:`LocalArgument`,name:`to`}],t=[{kind:`Literal`,name:`first`,value:20},{kind:`Variable`,name:`from`,variableName:`from`},{kind:`Variable`,name:`to`,variableName:`to`}],n={alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`narrative`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},s=[o],c={alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null}],storageKey:null},l=[o,r];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ReportsPageQuery`,selections:[{alias:null,args:t,concreteType:`EventReportConnection`,kind:`LinkedField`,name:`eventReports`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`EventReportEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,i,a,{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:s,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:s,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`reportedBy`,plural:!1,selections:s,storageKey:null},c,{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photos`,plural:!0,selections:[r,{args:null,kind:`FragmentSpread`,name:`PhotoThumb_photo`}],storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ReportsPageQuery`,selections:[{alias:null,args:t,concreteType:`EventReportConnection`,kind:`LinkedField`,name:`eventReports`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`EventReportEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,i,a,{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`reportedBy`,plural:!1,selections:l,storageKey:null},c,{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photos`,plural:!0,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`failureReason`,storageKey:null},{alias:null,args:null,concreteType:`PhotoRendition`,kind:`LinkedField`,name:`renditions`,plural:!0,selections:[o,{alias:null,args:null,kind:`ScalarField`,name:`format`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`width`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`height`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`246136338d24137abd0810ae04e0cdb7`,id:`828c23f310697ec5dd2d96f45fbd4677f2427e4bfb46ddf2ac94dc71c3e6e16c`,metadata:{},name:`ReportsPageQuery`,operationKind:`query`,text:`query ReportsPageQuery(
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
`}}})();v.hash=`bb667f32c7da8e7c99c5bc94bdabf31b`;var y=c(r(),1),b=t(),x=e();function S(){let{t:e,i18n:t}=l(`reports`),r=t.language===`en`?`en`:`id`,c=m(),[S,C]=(0,y.useState)(g(c,-30)),[w,T]=(0,y.useState)(g(c,1)),E=(0,b.useLazyLoadQuery)(v,{from:S||null,to:w||null},{fetchPolicy:`store-and-network`});return(0,x.jsxs)(s,{maw:1e3,children:[(0,x.jsx)(o,{order:1,children:e(`listTitle`)}),(0,x.jsxs)(u,{children:[(0,x.jsx)(f,{type:`date`,label:e(`from`),value:S,onChange:e=>C(e.currentTarget.value)}),(0,x.jsx)(f,{type:`date`,label:e(`to`),value:w,onChange:e=>T(e.currentTarget.value)})]}),(0,x.jsx)(a,{children:e(`count`,{count:E.eventReports.totalCount})}),E.eventReports.edges.map(({node:t})=>(0,x.jsx)(d,{withBorder:!0,p:`md`,component:`article`,"aria-label":t.booking.title,children:(0,x.jsxs)(s,{gap:`xs`,children:[(0,x.jsxs)(u,{justify:`space-between`,children:[(0,x.jsx)(o,{order:2,size:`h4`,children:t.booking.title}),(0,x.jsx)(i,{component:n,to:`/bookings/${t.booking.id}`,children:t.booking.reference})]}),(0,x.jsxs)(a,{size:`sm`,children:[p(t.booking.startsAt,t.booking.endsAt,r),` · `,t.room.name,` · `,t.agency.name]}),(0,x.jsx)(a,{children:t.narrative}),(0,x.jsx)(u,{children:t.photos.map((n,r)=>(0,x.jsx)(_,{photo:n,alt:e(`photoAlt`,{n:r+1,title:t.booking.title})},n.id))}),(0,x.jsx)(a,{size:`xs`,c:`gray.7`,children:e(`reportedBy`,{at:h(t.reportedAt,r),name:t.reportedBy?.name??``})})]})},t.id))]})}export{S as default};