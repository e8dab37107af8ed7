import{At as e,I as t,L as n,N as r,Ot as i,P as a,R as o,et as s,g as c,j as l,w as u}from"./index-BebB5HRp.js";import{t as d}from"./Group-BgBu_uJY.js";import{t as f}from"./Paper-jl4TM-_B.js";import{t as p}from"./TextInput-oAOXWqKh.js";import{i as m,o as h,r as g,t as _}from"./time-DCC4qMpP.js";import{t as v}from"./ReportDocument-BeQPbXvs.js";import{t as y}from"./PhotoThumb-9EzDb9Sm.js";var b=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`from`},{defaultValue:null,kind:`LocalArgument`,name:`to`}],t={kind:`Variable`,name:`from`,variableName:`from`},n={kind:`Variable`,name:`to`,variableName:`to`},r=[{kind:`Literal`,name:`first`,value:20},t,n],i={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},o=[a,i],s={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ReportsPageQuery`,selections:[{args:[t,n],kind:`FragmentSpread`,name:`ReportsPage_list`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ReportsPageQuery`,selections:[{alias:null,args:r,concreteType:`EventReportConnection`,kind:`LinkedField`,name:`eventReports`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`EventReportEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`node`,plural:!1,selections:[i,{alias:null,args:null,kind:`ScalarField`,name:`narrative`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:o,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:o,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`reportedBy`,plural:!1,selections:o,storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[i,{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photos`,plural:!0,selections:[i,s,{alias:null,args:null,kind:`ScalarField`,name:`failureReason`,storageKey:null},{alias:null,args:null,concreteType:`PhotoRendition`,kind:`LinkedField`,name:`renditions`,plural:!0,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`format`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`width`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`height`,storageKey:null},c],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[s,c],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:r,filters:[`from`,`to`],handle:`connection`,key:`ReportsPage_eventReports`,kind:`LinkedHandle`,name:`eventReports`}]},params:{cacheID:`c8b975768e8403593a4fb38ba9c1304d`,id:`9de297a135a76dc2eb85e591727771adee154f546825f22d90acdfec631b695f`,metadata:{},name:`ReportsPageQuery`,operationKind:`query`,text:`query ReportsPageQuery(
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
        document {
          status
          url
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
`}}})();b.hash=`6e338ab9ad8827b0bd604c89a953a712`;var x=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`after`},{defaultValue:20,kind:`LocalArgument`,name:`first`},{defaultValue:null,kind:`LocalArgument`,name:`from`},{defaultValue:null,kind:`LocalArgument`,name:`to`}],t=[{kind:`Variable`,name:`after`,variableName:`after`},{kind:`Variable`,name:`first`,variableName:`first`},{kind:`Variable`,name:`from`,variableName:`from`},{kind:`Variable`,name:`to`,variableName:`to`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},i=[r,n],a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ReportsPageListPaginationQuery`,selections:[{args:t,kind:`FragmentSpread`,name:`ReportsPage_list`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ReportsPageListPaginationQuery`,selections:[{alias:null,args:t,concreteType:`EventReportConnection`,kind:`LinkedField`,name:`eventReports`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`EventReportEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`node`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`narrative`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:i,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:i,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`reportedBy`,plural:!1,selections:i,storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photos`,plural:!0,selections:[n,a,{alias:null,args:null,kind:`ScalarField`,name:`failureReason`,storageKey:null},{alias:null,args:null,concreteType:`PhotoRendition`,kind:`LinkedField`,name:`renditions`,plural:!0,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`format`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`width`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`height`,storageKey:null},o],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,o],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:t,filters:[`from`,`to`],handle:`connection`,key:`ReportsPage_eventReports`,kind:`LinkedHandle`,name:`eventReports`}]},params:{cacheID:`3ea80af1a29ee5bdb1b04ef9d9167e0b`,id:`7cc8183792bd2920e9da509022f125e9f5ce951f120eeb41faf43c79b973f20b`,metadata:{},name:`ReportsPageListPaginationQuery`,operationKind:`query`,text:`query ReportsPageListPaginationQuery(
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
        document {
          status
          url
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
`}}})();x.hash=`9a10c9f43d98d9a401da6ee2411bdc45`;var S=(function(){var e=[`eventReports`],t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},n=[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}];return{argumentDefinitions:[{defaultValue:null,kind:`LocalArgument`,name:`after`},{defaultValue:20,kind:`LocalArgument`,name:`first`},{defaultValue:null,kind:`LocalArgument`,name:`from`},{defaultValue:null,kind:`LocalArgument`,name:`to`}],kind:`Fragment`,metadata:{connection:[{count:`first`,cursor:`after`,direction:`forward`,path:e}],refetch:{connection:{forward:{count:`first`,cursor:`after`},backward:null,path:e},fragmentPathInResult:[],operation:x}},name:`ReportsPage_list`,selections:[{alias:`eventReports`,args:[{kind:`Variable`,name:`from`,variableName:`from`},{kind:`Variable`,name:`to`,variableName:`to`}],concreteType:`EventReportConnection`,kind:`LinkedField`,name:`__ReportsPage_eventReports_connection`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`EventReportEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`node`,plural:!1,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`narrative`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:n,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:n,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`reportedBy`,plural:!1,selections:n,storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Photo`,kind:`LinkedField`,name:`photos`,plural:!0,selections:[t,{args:null,kind:`FragmentSpread`,name:`PhotoThumb_photo`}],storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Query`,abstractKey:null}})();S.hash=`9a10c9f43d98d9a401da6ee2411bdc45`;var C=e(i(),1),w=l(),T=s();function E({query:e}){let{t:i,i18n:s}=c(`reports`),l=s.language===`en`?`en`:`id`,{data:p,hasNext:h,loadNext:_,isLoadingNext:b}=(0,w.usePaginationFragment)(S,e);return(0,T.jsxs)(T.Fragment,{children:[(0,T.jsx)(o,{children:i(`count`,{count:p.eventReports.totalCount})}),p.eventReports.edges.map(({node:e})=>(0,T.jsx)(f,{withBorder:!0,p:`md`,component:`article`,"aria-label":e.booking.title,children:(0,T.jsxs)(a,{gap:`xs`,children:[(0,T.jsxs)(d,{justify:`space-between`,children:[(0,T.jsx)(r,{order:2,size:`h4`,children:e.booking.title}),(0,T.jsx)(n,{component:u,to:`/bookings/${e.booking.id}`,children:e.booking.reference})]}),(0,T.jsxs)(o,{size:`sm`,children:[m(e.booking.startsAt,e.booking.endsAt,l),` · `,e.room.name,` · `,e.agency.name]}),(0,T.jsx)(o,{children:e.narrative}),(0,T.jsx)(d,{children:e.photos.map((t,n)=>(0,T.jsx)(y,{photo:t,alt:i(`photoAlt`,{n:n+1,title:e.booking.title})},t.id))}),(0,T.jsx)(v,{document:e.document,title:e.booking.title}),(0,T.jsx)(o,{size:`xs`,c:`gray.7`,children:i(`reportedBy`,{at:g(e.reportedAt,l),name:e.reportedBy?.name??``})})]})},e.id)),h&&(0,T.jsx)(t,{variant:`default`,w:`fit-content`,onClick:()=>_(20),loading:b,children:i(`more`)})]})}function D(){let{t:e}=c(`reports`),t=h(),[n,i]=(0,C.useState)(_(t,-30)),[o,s]=(0,C.useState)(_(t,1)),l=(0,w.useLazyLoadQuery)(b,{from:n||null,to:o||null},{fetchPolicy:`store-and-network`});return(0,T.jsxs)(a,{maw:1e3,children:[(0,T.jsx)(r,{order:1,children:e(`listTitle`)}),(0,T.jsxs)(d,{children:[(0,T.jsx)(p,{type:`date`,label:e(`from`),value:n,onChange:e=>i(e.currentTarget.value)}),(0,T.jsx)(p,{type:`date`,label:e(`to`),value:o,onChange:e=>s(e.currentTarget.value)})]}),(0,T.jsx)(E,{query:l})]})}export{D as default};