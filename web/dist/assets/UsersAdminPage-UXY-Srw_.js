import{t as e}from"./Badge-BVZGGrgX.js";import{A as t,At as n,D as r,Dt as i,M as a,Ot as o,P as s,X as c,k as l}from"./index-Be3tLCc4.js";import{t as u}from"./Checkbox-Ds5HSJj9.js";import{t as d}from"./Group-Dwl0BDqv.js";import{t as f}from"./Modal-D9I5NSP-.js";import{t as p}from"./Select-9f6pCLaM.js";import{t as m}from"./SimpleGrid-B6vzBtEK.js";import{t as h}from"./Table-DJ2BR8nB.js";import{t as g}from"./TextInput-CapCGyax.js";import{a as _}from"./time-DCC4qMpP.js";import{t as v}from"./useLang-DUnCNXmC.js";import{a as y,i as b,o as x,r as S}from"./shared-BtomDgi0.js";import{n as C}from"./logic-Ce0bthD8.js";var w=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`resetUserPassword`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`temporaryPassword`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageResetMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageResetMutation`,selections:t},params:{cacheID:`7e6555424c252b73043eb2aa8d923b71`,id:`26670f858505347abd8bde05887cd2cb6afa280782a1ba0d70607763472bd358`,metadata:{},name:`UsersAdminPageResetMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageResetMutation(
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
`}}})();w.hash=`111f98c07d697cc3652fa083eaf0b260`;var T=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`deactivateUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageDeactivateMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageDeactivateMutation`,selections:t},params:{cacheID:`2721cb7ad0622f2bd56dd452bc3d11a2`,id:`4aa4755844735cfc64a38235809f76a45749bc64621e941cfa10056746f84552`,metadata:{},name:`UsersAdminPageDeactivateMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageDeactivateMutation(
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
`}}})();T.hash=`827d07000ea51d5b57fdb19026025429`;var E=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},r=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`changeUserAccess`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},n,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[t,n],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageAccessMutation`,selections:r,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageAccessMutation`,selections:r},params:{cacheID:`a44cc099e9c8b74e3344cf9094c1914c`,id:`dd6df186690c49032833131be3b57339545f357d19247c0700e92d805d51a705`,metadata:{},name:`UsersAdminPageAccessMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageAccessMutation(
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
`}}})();E.hash=`2f34b12aa94c1785fbc457fb23b92d82`;var D=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`createUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`temporaryPassword`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageCreateMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageCreateMutation`,selections:t},params:{cacheID:`5be5f07712784de3550980ecc57936e5`,id:`08a991f20cb06609c1ea87ebec2c36844c4e0d33e32ea33797b7ad003d4df677`,metadata:{},name:`UsersAdminPageCreateMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageCreateMutation(
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
`}}})();D.hash=`035a7eb6cc770abd837043bdfdc5b91d`;var O=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`unlockUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageUnlockMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageUnlockMutation`,selections:t},params:{cacheID:`1d208b0f77f979f8daa648ef95231da3`,id:`d46a4cf4b76c79921ff355688d3b1fccd1ab51e50e9d9d41ec67f4eef530c070`,metadata:{},name:`UsersAdminPageUnlockMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageUnlockMutation(
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
`}}})();O.hash=`a3ae53dcfcb0f3f5169fd101f457c414`;var k=(function(){var e=[{defaultValue:30,kind:`LocalArgument`,name:`count`},{defaultValue:null,kind:`LocalArgument`,name:`cursor`},{defaultValue:null,kind:`LocalArgument`,name:`filter`}],t={kind:`Variable`,name:`filter`,variableName:`filter`},n=[{kind:`Variable`,name:`after`,variableName:`cursor`},t,{kind:`Variable`,name:`first`,variableName:`count`}],r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPagePaginationQuery`,selections:[{args:[{kind:`Variable`,name:`count`,variableName:`count`},{kind:`Variable`,name:`cursor`,variableName:`cursor`},t],kind:`FragmentSpread`,name:`UsersAdminPage_users`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPagePaginationQuery`,selections:[{alias:null,args:n,concreteType:`UserConnection`,kind:`LinkedField`,name:`users`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},i,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:n,filters:[`filter`],handle:`connection`,key:`UsersAdminPage_users`,kind:`LinkedHandle`,name:`users`}]},params:{cacheID:`b183fab9a8242516d14a4e8f4c8c35c0`,id:`2d9a3a9f243479482eb3801f4cfb7c8063b0019d8c7ed5fa791b99880b0f50d6`,metadata:{},name:`UsersAdminPagePaginationQuery`,operationKind:`query`,text:`query UsersAdminPagePaginationQuery(
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
`}}})();k.hash=`6e1bc30627ab11547f2007ef8fc55945`;var A=(function(){var e=[`users`],t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{argumentDefinitions:[{defaultValue:30,kind:`LocalArgument`,name:`count`},{defaultValue:null,kind:`LocalArgument`,name:`cursor`},{defaultValue:null,kind:`LocalArgument`,name:`filter`}],kind:`Fragment`,metadata:{connection:[{count:`count`,cursor:`cursor`,direction:`forward`,path:e}],refetch:{connection:{forward:{count:`count`,cursor:`cursor`},backward:null,path:e},fragmentPathInResult:[],operation:k}},name:`UsersAdminPage_users`,selections:[{alias:`users`,args:[{kind:`Variable`,name:`filter`,variableName:`filter`}],concreteType:`UserConnection`,kind:`LinkedField`,name:`__UsersAdminPage_users_connection`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},n,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[t,n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Query`,abstractKey:null}})();A.hash=`6e1bc30627ab11547f2007ef8fc55945`;var j=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`filter`}],t={kind:`Variable`,name:`filter`,variableName:`filter`},n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},a={alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`AgencyConnection`,kind:`LinkedField`,name:`agencies`,plural:!1,selections:[{alias:null,args:null,concreteType:`AgencyEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`node`,plural:!1,selections:[n,r,i],storageKey:null}],storageKey:null}],storageKey:`agencies(first:100)`},o=[t,{kind:`Literal`,name:`first`,value:30}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageQuery`,selections:[{args:[t],kind:`FragmentSpread`,name:`UsersAdminPage_users`},a],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageQuery`,selections:[{alias:null,args:o,concreteType:`UserConnection`,kind:`LinkedField`,name:`users`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},r,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},i,{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:o,filters:[`filter`],handle:`connection`,key:`UsersAdminPage_users`,kind:`LinkedHandle`,name:`users`},a]},params:{cacheID:`66f0d42d89de3ce028fdf35ac00e59a2`,id:`cc5ca930640229c26a9026d40dfeba831856ddc7828dc3f7983313a6fb442764`,metadata:{},name:`UsersAdminPageQuery`,operationKind:`query`,text:`query UsersAdminPageQuery(
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
`}}})();j.hash=`4621c16bdec4d437b6c0d83030c6bf4c`;var M=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`UsersAdminPage_user`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedUntil`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[e,t],storageKey:null}],type:`User`,abstractKey:null}})();M.hash=`d8d1d145b67fe1bc9afa8ae3eed78332`;var N=n(o(),1),P=r(),F=c(),I=[`REQUESTER`,`SERVICE_OFFICER`,`SERVICE_HEAD`,`EQUIPMENT_HEAD`,`LEADERSHIP`,`ADMIN`];function L(){let{t:e}=i(`admin`),[n,r]=(0,N.useState)(``),[o,s]=(0,N.useState)(`all`),[c,u]=(0,N.useState)(0),f={search:(0,N.useDeferredValue)(n.trim())||null,active:o===`all`?null:o===`active`},m=(0,P.useLazyLoadQuery)(j,{filter:f},{fetchPolicy:`store-and-network`,fetchKey:c}),h=m.agencies.edges.map(e=>e.node),[_,v]=(0,N.useState)(!1);return(0,F.jsxs)(t,{maw:1200,children:[(0,F.jsxs)(d,{justify:`space-between`,children:[(0,F.jsx)(l,{order:1,children:e(`users.title`)}),(0,F.jsx)(a,{onClick:()=>v(!0),children:e(`users.new`)})]}),(0,F.jsxs)(d,{align:`end`,children:[(0,F.jsx)(g,{label:e(`users.search`),description:e(`users.searchHelp`),value:n,onChange:e=>r(e.currentTarget.value),type:`search`,w:280}),(0,F.jsx)(p,{label:e(`users.show`),data:[{value:`all`,label:e(`users.all`)},{value:`active`,label:e(`active`)},{value:`inactive`,label:e(`inactive`)}],value:o,onChange:e=>s(e??`all`),allowDeselect:!1,w:180})]}),(0,F.jsx)(R,{users:m,agencies:h}),_&&(0,F.jsx)(V,{agencies:h,onClose:e=>{v(!1),e&&u(e=>e+1)}})]})}function R({users:n,agencies:r}){let{t:o}=i(`admin`),c=v(),{data:l,hasNext:u,loadNext:f,isLoadingNext:p}=(0,P.usePaginationFragment)(A,n),[m,g]=(0,N.useState)(null),[b,C]=(0,N.useState)([]),[w]=(0,P.useMutation)(O),[T,E]=(0,N.useState)(null);return(0,F.jsxs)(t,{children:[(0,F.jsx)(s,{children:o(`users.count`,{count:l.users.totalCount})}),(0,F.jsx)(S,{errors:b}),T&&(0,F.jsx)(s,{role:`status`,c:`dark.8`,children:o(`users.unlocked`,{name:T})}),(0,F.jsx)(y,{minWidth:900,children:(0,F.jsxs)(h,{striped:!0,children:[(0,F.jsx)(h.Thead,{children:(0,F.jsxs)(h.Tr,{children:[(0,F.jsx)(h.Th,{children:o(`users.nrk`)}),(0,F.jsx)(h.Th,{children:o(`users.name`)}),(0,F.jsx)(h.Th,{children:o(`users.agency`)}),(0,F.jsx)(h.Th,{children:o(`users.roles`)}),(0,F.jsx)(h.Th,{children:o(`state`)}),(0,F.jsx)(h.Th,{children:o(`actions`)})]})}),(0,F.jsx)(h.Tbody,{children:l.users.edges.map(({node:t})=>(0,F.jsxs)(h.Tr,{children:[(0,F.jsx)(h.Td,{children:t.nrk}),(0,F.jsx)(h.Td,{children:t.name}),(0,F.jsx)(h.Td,{children:t.agency?.name??`–`}),(0,F.jsx)(h.Td,{children:t.roles.map(e=>o(`common:role.${e}`)).join(`, `)}),(0,F.jsx)(h.Td,{children:(0,F.jsxs)(d,{gap:4,children:[(0,F.jsx)(e,{color:t.isActive?`green`:`gray`,variant:`light`,c:`dark.8`,children:t.isActive?o(`active`):o(`inactive`)}),t.lockedUntil&&(0,F.jsx)(e,{color:`red`,variant:`light`,c:`dark.8`,children:o(`users.locked`,{time:_(t.lockedUntil,c)})}),t.mustChangePassword&&(0,F.jsx)(e,{color:`yellow`,variant:`light`,c:`dark.8`,children:o(`users.mustChange`)})]})}),(0,F.jsx)(h.Td,{children:t.isActive&&(0,F.jsxs)(d,{gap:4,wrap:`nowrap`,children:[(0,F.jsx)(a,{size:`xs`,variant:`light`,onClick:()=>g({kind:`access`,user:t}),"aria-label":o(`users.accessNamed`,{name:t.name}),children:o(`users.access`)}),t.lockedUntil&&(0,F.jsx)(a,{size:`xs`,variant:`light`,"aria-label":o(`users.unlockNamed`,{name:t.name}),onClick:()=>{E(null),w({variables:{input:{userId:t.id}},onCompleted:e=>{C(e.unlockUser.errors),e.unlockUser.errors.length===0&&E(t.name)},onError:()=>C(x(o(`network`)))})},children:o(`users.unlock`)}),(0,F.jsx)(a,{size:`xs`,variant:`light`,onClick:()=>g({kind:`reset`,user:t}),"aria-label":o(`users.resetNamed`,{name:t.name}),children:o(`users.reset`)}),(0,F.jsx)(a,{size:`xs`,variant:`light`,color:`red`,onClick:()=>g({kind:`deactivate`,user:t}),"aria-label":o(`deactivateNamed`,{name:t.name}),children:o(`deactivate`)})]})})]},t.id))})]})}),u&&(0,F.jsx)(a,{variant:`default`,loading:p,onClick:()=>f(30),w:`fit-content`,children:o(`loadMore`)}),m?.kind===`access`&&(0,F.jsx)(H,{user:m.user,agencies:r,onClose:()=>g(null)}),m?.kind===`deactivate`&&(0,F.jsx)(U,{user:m.user,onClose:()=>g(null)}),m?.kind===`reset`&&(0,F.jsx)(W,{user:m.user,onClose:()=>g(null)})]})}function z({value:e,onChange:t,error:n}){let{t:r}=i(`admin`);return(0,F.jsx)(u.Group,{label:r(`users.roles`),value:e,onChange:t,error:n,withAsterisk:!0,children:(0,F.jsx)(m,{cols:{base:1,xs:2},mt:`xs`,children:I.map(e=>(0,F.jsx)(u,{value:e,label:r(`common:role.${e}`)},e))})})}function B(e){return e.filter(e=>e.isActive).map(e=>({value:e.id,label:e.name}))}function V({agencies:e,onClose:n}){let{t:r}=i(`admin`),[o,s]=(0,N.useState)(``),[c,l]=(0,N.useState)(``),[u,h]=(0,N.useState)(``),[_,v]=(0,N.useState)(null),[y,w]=(0,N.useState)([`REQUESTER`]),[T,E]=(0,N.useState)(`id`),[O,k]=(0,N.useState)([]),[A,j]=(0,N.useState)(null),[M,I]=(0,P.useMutation)(D);function L(e){e.preventDefault(),M({variables:{input:{nrk:o.trim(),name:c.trim(),email:u.trim()||null,agencyId:_,roles:y,language:T}},onCompleted:({createUser:e})=>{k(e.errors),e.errors.length===0&&j(e.temporaryPassword??``)},onError:()=>k(x(r(`network`)))})}let{byField:R,general:V}=C(O,[`nrk`,`name`,`email`,`agencyId`,`roles`,`language`]);return(0,F.jsx)(f,{opened:!0,onClose:()=>n(A!==null),title:r(`users.newTitle`),size:`lg`,closeButtonProps:{"aria-label":r(`close`)},children:A===null?(0,F.jsx)(`form`,{onSubmit:L,noValidate:!0,children:(0,F.jsxs)(t,{children:[(0,F.jsx)(S,{errors:V}),(0,F.jsxs)(m,{cols:{base:1,xs:2},children:[(0,F.jsx)(g,{label:r(`users.nrk`),value:o,onChange:e=>s(e.currentTarget.value),error:R.nrk,inputMode:`numeric`,required:!0,"data-autofocus":!0}),(0,F.jsx)(g,{label:r(`users.name`),value:c,onChange:e=>l(e.currentTarget.value),error:R.name,required:!0}),(0,F.jsx)(g,{label:r(`users.email`),type:`email`,value:u,onChange:e=>h(e.currentTarget.value),error:R.email}),(0,F.jsx)(p,{label:r(`users.agency`),data:B(e),value:_,onChange:v,error:R.agencyId,searchable:!0,clearable:!0}),(0,F.jsx)(p,{label:r(`users.language`),data:[{value:`id`,label:`Bahasa Indonesia`},{value:`en`,label:`English`}],value:T,onChange:e=>E(e??`id`),allowDeselect:!1,error:R.language})]}),(0,F.jsx)(z,{value:y,onChange:w,error:R.roles}),(0,F.jsxs)(d,{justify:`flex-end`,children:[(0,F.jsx)(a,{variant:`default`,onClick:()=>n(!1),children:r(`cancel`)}),(0,F.jsx)(a,{type:`submit`,loading:I,children:r(`users.create`)})]})]})}):(0,F.jsxs)(t,{children:[(0,F.jsx)(b,{label:r(`users.created`,{name:c}),value:A}),(0,F.jsx)(a,{onClick:()=>n(!0),w:`fit-content`,children:r(`done`)})]})})}function H({user:e,agencies:n,onClose:r}){let{t:o}=i(`admin`),[s,c]=(0,N.useState)([...e.roles]),[l,u]=(0,N.useState)(e.agency?.id??null),[m,h]=(0,N.useState)([]),[g,_]=(0,P.useMutation)(E);function v(t){t.preventDefault();let n=s.length===e.roles.length&&s.every(t=>e.roles.includes(t)),i=e.agency?.id??null;g({variables:{input:{userId:e.id,roles:n?null:s,agencyId:l===i?null:l,clearAgency:l===null&&i!==null}},onCompleted:({changeUserAccess:e})=>{h(e.errors),e.errors.length===0&&r()},onError:()=>h(x(o(`network`)))})}let{byField:y,general:b}=C(m,[`roles`,`agencyId`]);return(0,F.jsx)(f,{opened:!0,onClose:r,title:o(`users.accessNamed`,{name:e.name}),size:`lg`,closeButtonProps:{"aria-label":o(`close`)},children:(0,F.jsx)(`form`,{onSubmit:v,noValidate:!0,children:(0,F.jsxs)(t,{children:[(0,F.jsx)(S,{errors:b}),(0,F.jsx)(z,{value:s,onChange:c,error:y.roles}),(0,F.jsx)(p,{label:o(`users.agency`),data:B(n),value:l,onChange:u,error:y.agencyId,searchable:!0,clearable:!0}),(0,F.jsxs)(d,{justify:`flex-end`,children:[(0,F.jsx)(a,{variant:`default`,onClick:r,children:o(`cancel`)}),(0,F.jsx)(a,{type:`submit`,loading:_,children:o(`save`)})]})]})})})}function U({user:e,onClose:n}){let{t:r}=i(`admin`),[o,c]=(0,N.useState)([]),[l,u]=(0,P.useMutation)(T);return(0,F.jsx)(f,{opened:!0,onClose:n,title:r(`deactivateNamed`,{name:e.name}),closeButtonProps:{"aria-label":r(`close`)},children:(0,F.jsxs)(t,{children:[(0,F.jsx)(S,{errors:o}),(0,F.jsx)(s,{children:r(`users.deactivateHelp`,{name:e.name,nrk:e.nrk})}),(0,F.jsxs)(d,{justify:`flex-end`,children:[(0,F.jsx)(a,{variant:`default`,onClick:n,children:r(`cancel`)}),(0,F.jsx)(a,{color:`red`,loading:u,onClick:()=>l({variables:{input:{userId:e.id}},onCompleted:({deactivateUser:e})=>{c(e.errors),e.errors.length===0&&n()},onError:()=>c(x(r(`network`)))}),children:r(`deactivate`)})]})]})})}function W({user:e,onClose:n}){let{t:r}=i(`admin`),[o,c]=(0,N.useState)([]),[l,u]=(0,N.useState)(null),[p,m]=(0,P.useMutation)(w);return(0,F.jsx)(f,{opened:!0,onClose:n,title:r(`users.resetNamed`,{name:e.name}),closeButtonProps:{"aria-label":r(`close`)},children:(0,F.jsxs)(t,{children:[(0,F.jsx)(S,{errors:o}),l===null?(0,F.jsxs)(F.Fragment,{children:[(0,F.jsx)(s,{children:r(`users.resetHelp`)}),(0,F.jsxs)(d,{justify:`flex-end`,children:[(0,F.jsx)(a,{variant:`default`,onClick:n,children:r(`cancel`)}),(0,F.jsx)(a,{loading:m,onClick:()=>p({variables:{input:{userId:e.id}},onCompleted:({resetUserPassword:e})=>{c(e.errors),e.errors.length===0&&u(e.temporaryPassword??``)},onError:()=>c(x(r(`network`)))}),children:r(`users.reset`)})]})]}):(0,F.jsxs)(F.Fragment,{children:[(0,F.jsx)(b,{label:r(`users.newPassword`,{name:e.name}),value:l}),(0,F.jsx)(a,{onClick:n,w:`fit-content`,children:r(`done`)})]})]})})}export{L as default};