import{A as e,At as t,D as n,Dt as r,M as i,Ot as a,P as o,X as s,k as c,n as l}from"./index--7V22GZs.js";import{t as u}from"./Code-o4e-Rrnh.js";import{t as d}from"./Group-DueNBRbl.js";import{t as f}from"./Select-M42aJlVe.js";import{t as p}from"./Table-C9EX2cJg.js";import{t as m}from"./TextInput-Bi6mEXc8.js";import{r as h,s as g,t as _}from"./time-DCC4qMpP.js";import{t as v}from"./useLang-DiSuCSxG.js";var y=(function(){var e=[{defaultValue:25,kind:`LocalArgument`,name:`count`},{defaultValue:null,kind:`LocalArgument`,name:`cursor`},{defaultValue:null,kind:`LocalArgument`,name:`filter`}],t={kind:`Variable`,name:`filter`,variableName:`filter`},n=[{kind:`Variable`,name:`after`,variableName:`cursor`},t,{kind:`Variable`,name:`first`,variableName:`count`}],r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AuditPagePaginationQuery`,selections:[{args:[{kind:`Variable`,name:`count`,variableName:`count`},{kind:`Variable`,name:`cursor`,variableName:`cursor`},t],kind:`FragmentSpread`,name:`AuditPage_trail`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AuditPagePaginationQuery`,selections:[{alias:null,args:n,concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`auditTrail`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityId`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`before`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`after`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:n,filters:[`filter`],handle:`connection`,key:`AuditPage_auditTrail`,kind:`LinkedHandle`,name:`auditTrail`}]},params:{cacheID:`d67b1b1dad9b98506cc57db4c02205c4`,id:`942aae16af8bd0bd10dc4007389f2d360f533ce3d75d446b9d7094130868b313`,metadata:{},name:`AuditPagePaginationQuery`,operationKind:`query`,text:`query AuditPagePaginationQuery(
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
`}}})();y.hash=`53a2e59e34918ac8f068ad853c750556`;var b=(function(){var e=[`auditTrail`];return{argumentDefinitions:[{defaultValue:25,kind:`LocalArgument`,name:`count`},{defaultValue:null,kind:`LocalArgument`,name:`cursor`},{defaultValue:null,kind:`LocalArgument`,name:`filter`}],kind:`Fragment`,metadata:{connection:[{count:`count`,cursor:`cursor`,direction:`forward`,path:e}],refetch:{connection:{forward:{count:`count`,cursor:`cursor`},backward:null,path:e},fragmentPathInResult:[],operation:y}},name:`AuditPage_trail`,selections:[{alias:`auditTrail`,args:[{kind:`Variable`,name:`filter`,variableName:`filter`}],concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`__AuditPage_auditTrail_connection`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityId`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`before`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`after`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Query`,abstractKey:null}})();b.hash=`53a2e59e34918ac8f068ad853c750556`;var x=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`filter`}],t={kind:`Variable`,name:`filter`,variableName:`filter`},n=[t,{kind:`Literal`,name:`first`,value:25}],r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AuditPageTrailQuery`,selections:[{args:[t],kind:`FragmentSpread`,name:`AuditPage_trail`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AuditPageTrailQuery`,selections:[{alias:null,args:n,concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`auditTrail`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityId`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`before`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`after`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:n,filters:[`filter`],handle:`connection`,key:`AuditPage_auditTrail`,kind:`LinkedHandle`,name:`auditTrail`}]},params:{cacheID:`f974db9951780d88d63bc2bd1a8d8aeb`,id:`12bcd270d9d33f69b87473452616f5ffe12301d489e9d8a63babaecdcad5d452`,metadata:{},name:`AuditPageTrailQuery`,operationKind:`query`,text:`query AuditPageTrailQuery(
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
`}}})();x.hash=`36c912b2a105620ae04f33e120629682`;var S=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:200}],concreteType:`UserConnection`,kind:`LinkedField`,name:`users`,plural:!1,selections:[{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`users(first:200)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`AuditPageQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`AuditPageQuery`,selections:e},params:{cacheID:`b0044ac186b586fe7ccb65eef31a5a5a`,id:`9d5c7b43dcb51bac7f8a0e4f47de962aa3b401f342a23c7095331b27eda873db`,metadata:{},name:`AuditPageQuery`,operationKind:`query`,text:`query AuditPageQuery {
  users(first: 200) {
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
`}}})();S.hash=`5df3574dd59f593afbae3b0165bff43a`;var C=t(a(),1),w=n(),T=s(),E=[`ROOM`,`EQUIPMENT`,`AGENCY`,`USER`,`CLOSURE`];function D(e,t){let n=e??{},r=t??{},i=[...new Set([...Object.keys(n),...Object.keys(r)])],a=e=>e===void 0?`–`:JSON.stringify(e);return i.filter(e=>JSON.stringify(n[e])!==JSON.stringify(r[e])).map(t=>e?`${t}: ${a(n[t])} → ${a(r[t])}`:`${t}: ${a(r[t])}`)}function O(){let{t}=r(`admin`),[n,i]=(0,C.useState)(null),[a,s]=(0,C.useState)(null),[u,p]=(0,C.useState)(``),[h,v]=(0,C.useState)(``),y=(0,w.useLazyLoadQuery)(S,{}).users.edges.map(e=>e.node).filter(e=>e.roles.includes(`ADMIN`)).map(e=>({value:e.id,label:`${e.name} (${e.nrk})`})),b={entityType:n,actorId:a,since:u?g(u,`00:00`):null,until:h?g(_(h,1),`00:00`):null};return(0,T.jsxs)(e,{maw:1200,children:[(0,T.jsx)(c,{order:1,children:t(`audit.title`)}),(0,T.jsx)(o,{children:t(`audit.help`)}),(0,T.jsxs)(d,{align:`end`,children:[(0,T.jsx)(f,{label:t(`audit.entityType`),data:E.map(e=>({value:e,label:t(`audit.types.${e}`)})),value:n,onChange:i,placeholder:t(`audit.any`),clearable:!0,w:200}),(0,T.jsx)(f,{label:t(`audit.actor`),data:y,value:a,onChange:s,placeholder:t(`audit.any`),clearable:!0,searchable:!0,w:260}),(0,T.jsx)(m,{type:`date`,label:t(`audit.since`),value:u,onChange:e=>p(e.currentTarget.value)}),(0,T.jsx)(m,{type:`date`,label:t(`audit.until`),value:h,onChange:e=>v(e.currentTarget.value)})]}),(0,T.jsx)(C.Suspense,{fallback:(0,T.jsx)(l,{}),children:(0,T.jsx)(k,{filter:b})})]})}function k({filter:e}){let t=(0,w.useLazyLoadQuery)(x,{filter:e},{fetchPolicy:`network-only`});return(0,T.jsx)(A,{trail:t})}function A({trail:t}){let{t:n}=r(`admin`),a=v(),{data:s,hasNext:c,loadNext:l,isLoadingNext:d}=(0,w.usePaginationFragment)(b,t),f=s.auditTrail.edges.map(e=>e.node);return(0,T.jsxs)(e,{children:[(0,T.jsx)(o,{children:n(`audit.count`,{count:s.auditTrail.totalCount,shown:f.length})}),(0,T.jsx)(p.ScrollContainer,{minWidth:900,children:(0,T.jsxs)(p,{striped:!0,children:[(0,T.jsx)(p.Thead,{children:(0,T.jsxs)(p.Tr,{children:[(0,T.jsx)(p.Th,{children:n(`audit.at`)}),(0,T.jsx)(p.Th,{children:n(`audit.actor`)}),(0,T.jsx)(p.Th,{children:n(`audit.action`)}),(0,T.jsx)(p.Th,{children:n(`audit.entity`)}),(0,T.jsx)(p.Th,{children:n(`audit.changes`)})]})}),(0,T.jsx)(p.Tbody,{children:f.map(t=>(0,T.jsxs)(p.Tr,{children:[(0,T.jsx)(p.Td,{children:h(t.at,a)}),(0,T.jsx)(p.Td,{children:t.actor?.name??`–`}),(0,T.jsx)(p.Td,{children:(0,T.jsx)(u,{children:t.action})}),(0,T.jsxs)(p.Td,{children:[n(`audit.types.${t.entityType}`,{defaultValue:t.entityType}),` #`,t.entityId]}),(0,T.jsx)(p.Td,{children:(0,T.jsxs)(e,{gap:0,children:[D(t.before,t.after).map(e=>(0,T.jsx)(o,{size:`xs`,style:{wordBreak:`break-word`},children:e},e)),t.note&&(0,T.jsx)(o,{size:`xs`,fs:`italic`,children:t.note})]})})]},t.id))})]})}),c&&(0,T.jsx)(i,{variant:`default`,loading:d,onClick:()=>l(25),w:`fit-content`,children:n(`loadMore`)})]})}export{O as default};