import{$ as e,A as t,C as n,Dt as r,F as i,I as a,L as o,M as s,N as c,Ot as l,h as u}from"./index-D8XgsAZ1.js";import{t as d}from"./Group-DxKkLu3x.js";import{t as f}from"./Paper-_Da8F6Xj.js";import{t as p}from"./TextInput-CHBEH5nF.js";import{i as m,o as h,r as g,t as _}from"./time-DCC4qMpP.js";import{t as v}from"./PhotoThumb-D9EJMjjK.js";var y=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`from`},{defaultValue:null,kind:`LocalArgument`,name:`to`}],t={kind:`Variable`,name:`from`,variableName:`from`},n={kind:`Variable`,name:`to`,variableName:`to`},r=[{kind:`Literal`,name:`first`,value:20},t,n],i={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},o=[a,i];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ReportsPageQuery`,selections:[{args:[t,n],kind:`FragmentSpread`,name:`ReportsPage_list`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ReportsPageQuery`,selections:[{alias:null,args:r,concreteType:`EventReportConnection`,kind:`LinkedField`,name:`eventReports`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`EventReportEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`node`,plural:!1,selections:[i,{alias:null,args:null,kind:`ScalarField`,name:`narrative`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:o,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:o,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`reportedBy`,plural:!1,selections:o,storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[i,{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photos`,plural:!0,selections:[i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`failureReason`,storageKey:null},{alias:null,args:null,concreteType:`PhotoRendition`,kind:`LinkedField`,name:`renditions`,plural:!0,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`format`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`width`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`height`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:r,filters:[`from`,`to`],handle:`connection`,key:`ReportsPage_eventReports`,kind:`LinkedHandle`,name:`eventReports`}]},params:{cacheID:`f90957003ad9e6a6b726bd2cdd3dafcf`,id:`107a4ea6db17db08b7a87a057567f89a43411c8dd53c4b7b5dc4837ad48f8aaf`,metadata:{},name:`ReportsPageQuery`,operationKind:`query`,text:`query ReportsPageQuery(
  $from: Date
  $to: Date
) {
  ...ReportsPage_list_1tCgTg
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

fragment ReportsPage_list_1tCgTg on Query {
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
`}}})();y.hash=`6e338ab9ad8827b0bd604c89a953a712`;var b=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`after`},{defaultValue:20,kind:`LocalArgument`,name:`first`},{defaultValue:null,kind:`LocalArgument`,name:`from`},{defaultValue:null,kind:`LocalArgument`,name:`to`}],t=[{kind:`Variable`,name:`after`,variableName:`after`},{kind:`Variable`,name:`first`,variableName:`first`},{kind:`Variable`,name:`from`,variableName:`from`},{kind:`Variable`,name:`to`,variableName:`to`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},i=[r,n];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ReportsPageListPaginationQuery`,selections:[{args:t,kind:`FragmentSpread`,name:`ReportsPage_list`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ReportsPageListPaginationQuery`,selections:[{alias:null,args:t,concreteType:`EventReportConnection`,kind:`LinkedField`,name:`eventReports`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`EventReportEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`node`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`narrative`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:i,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:i,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`reportedBy`,plural:!1,selections:i,storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photos`,plural:!0,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`failureReason`,storageKey:null},{alias:null,args:null,concreteType:`PhotoRendition`,kind:`LinkedField`,name:`renditions`,plural:!0,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`format`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`width`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`height`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:t,filters:[`from`,`to`],handle:`connection`,key:`ReportsPage_eventReports`,kind:`LinkedHandle`,name:`eventReports`}]},params:{cacheID:`03483786c34decb35d340439b947aa5c`,id:`7246b7892d841d025cf15eb78f79beb266dc0fa0a74fd0cf9708d54145aade84`,metadata:{},name:`ReportsPageListPaginationQuery`,operationKind:`query`,text:`query ReportsPageListPaginationQuery(
  $after: String
  $first: Int = 20
  $from: Date
  $to: Date
) {
  ...ReportsPage_list_1oYfuA
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

fragment ReportsPage_list_1oYfuA on Query {
  eventReports(first: $first, after: $after, from: $from, to: $to) {
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
`}}})();b.hash=`4594d59b5fc3f64395eabd1743d5db5a`;var x=(function(){var e=[`eventReports`],t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},n=[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}];return{argumentDefinitions:[{defaultValue:null,kind:`LocalArgument`,name:`after`},{defaultValue:20,kind:`LocalArgument`,name:`first`},{defaultValue:null,kind:`LocalArgument`,name:`from`},{defaultValue:null,kind:`LocalArgument`,name:`to`}],kind:`Fragment`,metadata:{connection:[{count:`first`,cursor:`after`,direction:`forward`,path:e}],refetch:{connection:{forward:{count:`first`,cursor:`after`},backward:null,path:e},fragmentPathInResult:[],operation:b}},name:`ReportsPage_list`,selections:[{alias:`eventReports`,args:[{kind:`Variable`,name:`from`,variableName:`from`},{kind:`Variable`,name:`to`,variableName:`to`}],concreteType:`EventReportConnection`,kind:`LinkedField`,name:`__ReportsPage_eventReports_connection`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`EventReportEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`node`,plural:!1,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`narrative`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:n,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:n,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`reportedBy`,plural:!1,selections:n,storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photos`,plural:!0,selections:[t,{args:null,kind:`FragmentSpread`,name:`PhotoThumb_photo`}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Query`,abstractKey:null}})();x.hash=`4594d59b5fc3f64395eabd1743d5db5a`;var S=l(r(),1),C=t(),w=e();function T({query:e}){let{t,i18n:r}=u(`reports`),l=r.language===`en`?`en`:`id`,{data:p,hasNext:h,loadNext:_,isLoadingNext:y}=(0,C.usePaginationFragment)(x,e);return(0,w.jsxs)(w.Fragment,{children:[(0,w.jsx)(o,{children:t(`count`,{count:p.eventReports.totalCount})}),p.eventReports.edges.map(({node:e})=>(0,w.jsx)(f,{withBorder:!0,p:`md`,component:`article`,"aria-label":e.booking.title,children:(0,w.jsxs)(c,{gap:`xs`,children:[(0,w.jsxs)(d,{justify:`space-between`,children:[(0,w.jsx)(s,{order:2,size:`h4`,children:e.booking.title}),(0,w.jsx)(a,{component:n,to:`/bookings/${e.booking.id}`,children:e.booking.reference})]}),(0,w.jsxs)(o,{size:`sm`,children:[m(e.booking.startsAt,e.booking.endsAt,l),` · `,e.room.name,` · `,e.agency.name]}),(0,w.jsx)(o,{children:e.narrative}),(0,w.jsx)(d,{children:e.photos.map((n,r)=>(0,w.jsx)(v,{photo:n,alt:t(`photoAlt`,{n:r+1,title:e.booking.title})},n.id))}),(0,w.jsx)(o,{size:`xs`,c:`gray.7`,children:t(`reportedBy`,{at:g(e.reportedAt,l),name:e.reportedBy?.name??``})})]})},e.id)),h&&(0,w.jsx)(i,{variant:`default`,w:`fit-content`,onClick:()=>_(20),loading:y,children:t(`more`)})]})}function E(){let{t:e}=u(`reports`),t=h(),[n,r]=(0,S.useState)(_(t,-30)),[i,a]=(0,S.useState)(_(t,1)),o=(0,C.useLazyLoadQuery)(y,{from:n||null,to:i||null},{fetchPolicy:`store-and-network`});return(0,w.jsxs)(c,{maw:1e3,children:[(0,w.jsx)(s,{order:1,children:e(`listTitle`)}),(0,w.jsxs)(d,{children:[(0,w.jsx)(p,{type:`date`,label:e(`from`),value:n,onChange:e=>r(e.currentTarget.value)}),(0,w.jsx)(p,{type:`date`,label:e(`to`),value:i,onChange:e=>a(e.currentTarget.value)})]}),(0,w.jsx)(T,{query:o})]})}export{E as default};