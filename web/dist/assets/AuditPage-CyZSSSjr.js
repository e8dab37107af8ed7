import{A as e,At as t,D as n,Dt as r,M as i,Ot as a,P as o,X as s,k as c,n as l}from"./index-Be3tLCc4.js";import{a as u,s as d}from"./shared-BtomDgi0.js";import{t as f}from"./Group-Dwl0BDqv.js";import{t as p}from"./Select-9f6pCLaM.js";import{t as m}from"./Table-DJ2BR8nB.js";import{t as h}from"./TextInput-CapCGyax.js";import{r as g,s as _,t as v}from"./time-DCC4qMpP.js";import{t as y}from"./useLang-DUnCNXmC.js";import{t as b}from"./logic-Ce0bthD8.js";var x=(function(){var e=[{defaultValue:25,kind:`LocalArgument`,name:`count`},{defaultValue:null,kind:`LocalArgument`,name:`cursor`},{defaultValue:null,kind:`LocalArgument`,name:`filter`}],t={kind:`Variable`,name:`filter`,variableName:`filter`},n=[{kind:`Variable`,name:`after`,variableName:`cursor`},t,{kind:`Variable`,name:`first`,variableName:`count`}],r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AuditPagePaginationQuery`,selections:[{args:[{kind:`Variable`,name:`count`,variableName:`count`},{kind:`Variable`,name:`cursor`,variableName:`cursor`},t],kind:`FragmentSpread`,name:`AuditPage_trail`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AuditPagePaginationQuery`,selections:[{alias:null,args:n,concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`auditTrail`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityId`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`before`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`after`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:n,filters:[`filter`],handle:`connection`,key:`AuditPage_auditTrail`,kind:`LinkedHandle`,name:`auditTrail`}]},params:{cacheID:`d67b1b1dad9b98506cc57db4c02205c4`,id:`942aae16af8bd0bd10dc4007389f2d360f533ce3d75d446b9d7094130868b313`,metadata:{},name:`AuditPagePaginationQuery`,operationKind:`query`,text:`query AuditPagePaginationQuery(
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
`}}})();x.hash=`53a2e59e34918ac8f068ad853c750556`;var S=(function(){var e=[`auditTrail`];return{argumentDefinitions:[{defaultValue:25,kind:`LocalArgument`,name:`count`},{defaultValue:null,kind:`LocalArgument`,name:`cursor`},{defaultValue:null,kind:`LocalArgument`,name:`filter`}],kind:`Fragment`,metadata:{connection:[{count:`count`,cursor:`cursor`,direction:`forward`,path:e}],refetch:{connection:{forward:{count:`count`,cursor:`cursor`},backward:null,path:e},fragmentPathInResult:[],operation:x}},name:`AuditPage_trail`,selections:[{alias:`auditTrail`,args:[{kind:`Variable`,name:`filter`,variableName:`filter`}],concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`__AuditPage_auditTrail_connection`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityId`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`before`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`after`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Query`,abstractKey:null}})();S.hash=`53a2e59e34918ac8f068ad853c750556`;var C=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`filter`}],t={kind:`Variable`,name:`filter`,variableName:`filter`},n=[t,{kind:`Literal`,name:`first`,value:25}],r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AuditPageTrailQuery`,selections:[{args:[t],kind:`FragmentSpread`,name:`AuditPage_trail`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AuditPageTrailQuery`,selections:[{alias:null,args:n,concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`auditTrail`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`entityId`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`before`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`after`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:n,filters:[`filter`],handle:`connection`,key:`AuditPage_auditTrail`,kind:`LinkedHandle`,name:`auditTrail`}]},params:{cacheID:`f974db9951780d88d63bc2bd1a8d8aeb`,id:`12bcd270d9d33f69b87473452616f5ffe12301d489e9d8a63babaecdcad5d452`,metadata:{},name:`AuditPageTrailQuery`,operationKind:`query`,text:`query AuditPageTrailQuery(
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
`}}})();C.hash=`36c912b2a105620ae04f33e120629682`;var w=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`UserConnection`,kind:`LinkedField`,name:`users`,plural:!1,selections:[{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`users(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`AuditPageQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`AuditPageQuery`,selections:e},params:{cacheID:`8b7966ef4ee45e0a859eb1f413af1838`,id:`9dfa0da1a4ea420ceac4eeb9d81ad08a0b15bedbe50e7fd9b630ab65c313d5d2`,metadata:{},name:`AuditPageQuery`,operationKind:`query`,text:`query AuditPageQuery {
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
`}}})();w.hash=`141c467786f3aa6ae9281573526c8965`;var T=t(a(),1),E=n(),D=s(),O=[`ROOM`,`EQUIPMENT`,`AGENCY`,`USER`,`CLOSURE`];function k(){let{t}=r(`admin`),[n,i]=(0,T.useState)(null),[a,s]=(0,T.useState)(null),[u,d]=(0,T.useState)(``),[m,g]=(0,T.useState)(``),y=(0,E.useLazyLoadQuery)(w,{}).users.edges.map(e=>e.node).filter(e=>e.roles.includes(`ADMIN`)).map(e=>({value:e.id,label:`${e.name} (${e.nrk})`})),b={entityType:n,actorId:a,since:u?_(u,`00:00`):null,until:m?_(v(m,1),`00:00`):null};return(0,D.jsxs)(e,{maw:1200,children:[(0,D.jsx)(c,{order:1,children:t(`audit.title`)}),(0,D.jsx)(o,{children:t(`audit.help`)}),(0,D.jsxs)(f,{align:`end`,children:[(0,D.jsx)(p,{label:t(`audit.entityType`),data:O.map(e=>({value:e,label:t(`audit.types.${e}`)})),value:n,onChange:i,placeholder:t(`audit.any`),clearable:!0,w:200}),(0,D.jsx)(p,{label:t(`audit.actor`),data:y,value:a,onChange:s,placeholder:t(`audit.any`),clearable:!0,searchable:!0,w:260}),(0,D.jsx)(h,{type:`date`,label:t(`audit.since`),value:u,onChange:e=>d(e.currentTarget.value)}),(0,D.jsx)(h,{type:`date`,label:t(`audit.until`),value:m,onChange:e=>g(e.currentTarget.value)})]}),(0,D.jsx)(T.Suspense,{fallback:(0,D.jsx)(l,{}),children:(0,D.jsx)(A,{filter:b})})]})}function A({filter:e}){let t=(0,E.useLazyLoadQuery)(C,{filter:e},{fetchPolicy:`network-only`});return(0,D.jsx)(j,{trail:t})}function j({trail:t}){let{t:n}=r(`admin`),a=y(),{data:s,hasNext:c,loadNext:l,isLoadingNext:f}=(0,E.usePaginationFragment)(S,t),p=s.auditTrail.edges.map(e=>e.node);return(0,D.jsxs)(e,{children:[(0,D.jsx)(o,{children:n(`audit.count`,{count:s.auditTrail.totalCount,shown:p.length})}),(0,D.jsx)(u,{minWidth:900,children:(0,D.jsxs)(m,{striped:!0,children:[(0,D.jsx)(m.Thead,{children:(0,D.jsxs)(m.Tr,{children:[(0,D.jsx)(m.Th,{children:n(`audit.at`)}),(0,D.jsx)(m.Th,{children:n(`audit.actor`)}),(0,D.jsx)(m.Th,{children:n(`audit.action`)}),(0,D.jsx)(m.Th,{children:n(`audit.entity`)}),(0,D.jsx)(m.Th,{children:n(`audit.changes`)})]})}),(0,D.jsx)(m.Tbody,{children:p.map(t=>(0,D.jsxs)(m.Tr,{children:[(0,D.jsx)(m.Td,{children:g(t.at,a)}),(0,D.jsx)(m.Td,{children:t.actor?.name??`–`}),(0,D.jsx)(m.Td,{children:(0,D.jsx)(d,{children:t.action})}),(0,D.jsxs)(m.Td,{children:[n(`audit.types.${t.entityType}`,{defaultValue:t.entityType}),` #`,t.entityId]}),(0,D.jsx)(m.Td,{children:(0,D.jsxs)(e,{gap:0,children:[b(t.before,t.after).map(e=>(0,D.jsx)(o,{size:`xs`,style:{wordBreak:`break-word`},children:e},e)),t.note&&(0,D.jsx)(o,{size:`xs`,fs:`italic`,children:t.note})]})})]},t.id))})]})}),c&&(0,D.jsx)(i,{variant:`default`,loading:f,onClick:()=>l(25),w:`fit-content`,children:n(`loadMore`)})]})}export{k as default};