import{t as e}from"./Badge-BB5onRBP.js";import{A as t,At as n,D as r,Dt as i,M as a,Ot as o,P as s,X as c,k as l}from"./index-BhofP3Gf.js";import{t as u}from"./Checkbox-DMxLZHjm.js";import{t as d}from"./Group-B6MKsYGo.js";import{t as f}from"./Modal-BShhwfo2.js";import{t as p}from"./Select-PMfmQVXC.js";import{t as m}from"./SimpleGrid-C29oAqPo.js";import{t as h}from"./Table-b1bN3Glc.js";import{t as g}from"./TextInput-CnfGkPxl.js";import{a as _,i as v,o as y,r as b}from"./shared-Cua6mij_.js";import{n as x}from"./logic-Ce0bthD8.js";var S=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`resetUserPassword`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`temporaryPassword`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageResetMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageResetMutation`,selections:t},params:{cacheID:`7e6555424c252b73043eb2aa8d923b71`,id:`26670f858505347abd8bde05887cd2cb6afa280782a1ba0d70607763472bd358`,metadata:{},name:`UsersAdminPageResetMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageResetMutation(
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
`}}})();S.hash=`111f98c07d697cc3652fa083eaf0b260`;var C=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`deactivateUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageDeactivateMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageDeactivateMutation`,selections:t},params:{cacheID:`2721cb7ad0622f2bd56dd452bc3d11a2`,id:`4aa4755844735cfc64a38235809f76a45749bc64621e941cfa10056746f84552`,metadata:{},name:`UsersAdminPageDeactivateMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageDeactivateMutation(
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
`}}})();C.hash=`827d07000ea51d5b57fdb19026025429`;var w=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},r=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`changeUserAccess`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},n,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[t,n],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageAccessMutation`,selections:r,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageAccessMutation`,selections:r},params:{cacheID:`fa77632f1260ad0bd32ed1e8ea88f68d`,id:`13413575348a91c25aec4de712a870a61c7eebf58211660fa21514e8d436c698`,metadata:{},name:`UsersAdminPageAccessMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageAccessMutation(
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
`}}})();w.hash=`2f34b12aa94c1785fbc457fb23b92d82`;var T=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`createUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`temporaryPassword`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageCreateMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageCreateMutation`,selections:t},params:{cacheID:`5be5f07712784de3550980ecc57936e5`,id:`08a991f20cb06609c1ea87ebec2c36844c4e0d33e32ea33797b7ad003d4df677`,metadata:{},name:`UsersAdminPageCreateMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageCreateMutation(
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
`}}})();T.hash=`035a7eb6cc770abd837043bdfdc5b91d`;var E=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`unlockUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageUnlockMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageUnlockMutation`,selections:t},params:{cacheID:`20d0e6af5baf18798e1d4fe8bf67bd56`,id:`37c1c9a2f8d4151b577b296d6e7ee2f7938b031afb4596ec4498a96d3b533af5`,metadata:{},name:`UsersAdminPageUnlockMutation`,operationKind:`mutation`,text:`mutation UsersAdminPageUnlockMutation(
  $input: UserIdInput!
) {
  unlockUser(input: $input) {
    user {
      id
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();E.hash=`e5fb4d15c6c1e02d25a55d06216ae55b`;var D=(function(){var e=[{defaultValue:30,kind:`LocalArgument`,name:`count`},{defaultValue:null,kind:`LocalArgument`,name:`cursor`},{defaultValue:null,kind:`LocalArgument`,name:`filter`}],t={kind:`Variable`,name:`filter`,variableName:`filter`},n=[{kind:`Variable`,name:`after`,variableName:`cursor`},t,{kind:`Variable`,name:`first`,variableName:`count`}],r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPagePaginationQuery`,selections:[{args:[{kind:`Variable`,name:`count`,variableName:`count`},{kind:`Variable`,name:`cursor`,variableName:`cursor`},t],kind:`FragmentSpread`,name:`UsersAdminPage_users`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPagePaginationQuery`,selections:[{alias:null,args:n,concreteType:`UserConnection`,kind:`LinkedField`,name:`users`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},i,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:n,filters:[`filter`],handle:`connection`,key:`UsersAdminPage_users`,kind:`LinkedHandle`,name:`users`}]},params:{cacheID:`325ffde7f90f002649a3f7c9846474e5`,id:`80bedcc5f66a22b391a7bf30285eec2ff0b1710957fd69fba4ad5cc181bc6c82`,metadata:{},name:`UsersAdminPagePaginationQuery`,operationKind:`query`,text:`query UsersAdminPagePaginationQuery(
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
`}}})();D.hash=`6e1bc30627ab11547f2007ef8fc55945`;var O=(function(){var e=[`users`],t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{argumentDefinitions:[{defaultValue:30,kind:`LocalArgument`,name:`count`},{defaultValue:null,kind:`LocalArgument`,name:`cursor`},{defaultValue:null,kind:`LocalArgument`,name:`filter`}],kind:`Fragment`,metadata:{connection:[{count:`count`,cursor:`cursor`,direction:`forward`,path:e}],refetch:{connection:{forward:{count:`count`,cursor:`cursor`},backward:null,path:e},fragmentPathInResult:[],operation:D}},name:`UsersAdminPage_users`,selections:[{alias:`users`,args:[{kind:`Variable`,name:`filter`,variableName:`filter`}],concreteType:`UserConnection`,kind:`LinkedField`,name:`__UsersAdminPage_users_connection`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},n,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[t,n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Query`,abstractKey:null}})();O.hash=`6e1bc30627ab11547f2007ef8fc55945`;var k=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`filter`}],t={kind:`Variable`,name:`filter`,variableName:`filter`},n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},a={alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`AgencyConnection`,kind:`LinkedField`,name:`agencies`,plural:!1,selections:[{alias:null,args:null,concreteType:`AgencyEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`node`,plural:!1,selections:[n,r,i],storageKey:null}],storageKey:null}],storageKey:`agencies(first:100)`},o=[t,{kind:`Literal`,name:`first`,value:30}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersAdminPageQuery`,selections:[{args:[t],kind:`FragmentSpread`,name:`UsersAdminPage_users`},a],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersAdminPageQuery`,selections:[{alias:null,args:o,concreteType:`UserConnection`,kind:`LinkedField`,name:`users`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},r,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},i,{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:o,filters:[`filter`],handle:`connection`,key:`UsersAdminPage_users`,kind:`LinkedHandle`,name:`users`},a]},params:{cacheID:`39f9687ed6feb497ce0021387453fa85`,id:`75beb6d19cc8e8acd19f45db2c7b3f51d7090b99cc0f10f6c3b0d8c104deb2eb`,metadata:{},name:`UsersAdminPageQuery`,operationKind:`query`,text:`query UsersAdminPageQuery(
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
`}}})();k.hash=`4621c16bdec4d437b6c0d83030c6bf4c`;var A=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`UsersAdminPage_user`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`nrk`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`roles`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`mustChangePassword`,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[e,t],storageKey:null}],type:`User`,abstractKey:null}})();A.hash=`e6d568ca6cf6dacac66853da4ae90dfc`;var j=n(o(),1),M=r(),N=c(),P=[`REQUESTER`,`SERVICE_OFFICER`,`SERVICE_HEAD`,`EQUIPMENT_HEAD`,`LEADERSHIP`,`ADMIN`];function F(){let{t:e}=i(`admin`),[n,r]=(0,j.useState)(``),[o,s]=(0,j.useState)(`all`),[c,u]=(0,j.useState)(0),f={search:(0,j.useDeferredValue)(n.trim())||null,active:o===`all`?null:o===`active`},m=(0,M.useLazyLoadQuery)(k,{filter:f},{fetchPolicy:`store-and-network`,fetchKey:c}),h=m.agencies.edges.map(e=>e.node),[_,v]=(0,j.useState)(!1);return(0,N.jsxs)(t,{maw:1200,children:[(0,N.jsxs)(d,{justify:`space-between`,children:[(0,N.jsx)(l,{order:1,children:e(`users.title`)}),(0,N.jsx)(a,{onClick:()=>v(!0),children:e(`users.new`)})]}),(0,N.jsxs)(d,{align:`end`,children:[(0,N.jsx)(g,{label:e(`users.search`),description:e(`users.searchHelp`),value:n,onChange:e=>r(e.currentTarget.value),type:`search`,w:280}),(0,N.jsx)(p,{label:e(`users.show`),data:[{value:`all`,label:e(`users.all`)},{value:`active`,label:e(`active`)},{value:`inactive`,label:e(`inactive`)}],value:o,onChange:e=>s(e??`all`),allowDeselect:!1,w:180})]}),(0,N.jsx)(I,{users:m,agencies:h}),_&&(0,N.jsx)(z,{agencies:h,onClose:e=>{v(!1),e&&u(e=>e+1)}})]})}function I({users:n,agencies:r}){let{t:o}=i(`admin`),{data:c,hasNext:l,loadNext:u,isLoadingNext:f}=(0,M.usePaginationFragment)(O,n),[p,m]=(0,j.useState)(null),[g,v]=(0,j.useState)([]),[x]=(0,M.useMutation)(E),[S,C]=(0,j.useState)(null);return(0,N.jsxs)(t,{children:[(0,N.jsx)(s,{children:o(`users.count`,{count:c.users.totalCount})}),(0,N.jsx)(b,{errors:g}),S&&(0,N.jsx)(s,{role:`status`,c:`dark.8`,children:o(`users.unlocked`,{name:S})}),(0,N.jsx)(_,{minWidth:900,children:(0,N.jsxs)(h,{striped:!0,children:[(0,N.jsx)(h.Thead,{children:(0,N.jsxs)(h.Tr,{children:[(0,N.jsx)(h.Th,{children:o(`users.nrk`)}),(0,N.jsx)(h.Th,{children:o(`users.name`)}),(0,N.jsx)(h.Th,{children:o(`users.agency`)}),(0,N.jsx)(h.Th,{children:o(`users.roles`)}),(0,N.jsx)(h.Th,{children:o(`state`)}),(0,N.jsx)(h.Th,{children:o(`actions`)})]})}),(0,N.jsx)(h.Tbody,{children:c.users.edges.map(({node:t})=>(0,N.jsxs)(h.Tr,{children:[(0,N.jsx)(h.Td,{children:t.nrk}),(0,N.jsx)(h.Td,{children:t.name}),(0,N.jsx)(h.Td,{children:t.agency?.name??`–`}),(0,N.jsx)(h.Td,{children:t.roles.map(e=>o(`common:role.${e}`)).join(`, `)}),(0,N.jsx)(h.Td,{children:(0,N.jsxs)(d,{gap:4,children:[(0,N.jsx)(e,{color:t.isActive?`green`:`gray`,variant:`light`,c:`dark.8`,children:t.isActive?o(`active`):o(`inactive`)}),t.mustChangePassword&&(0,N.jsx)(e,{color:`yellow`,variant:`light`,c:`dark.8`,children:o(`users.mustChange`)})]})}),(0,N.jsx)(h.Td,{children:t.isActive&&(0,N.jsxs)(d,{gap:4,wrap:`nowrap`,children:[(0,N.jsx)(a,{size:`xs`,variant:`light`,onClick:()=>m({kind:`access`,user:t}),"aria-label":o(`users.accessNamed`,{name:t.name}),children:o(`users.access`)}),(0,N.jsx)(a,{size:`xs`,variant:`light`,"aria-label":o(`users.unlockNamed`,{name:t.name}),onClick:()=>{C(null),x({variables:{input:{userId:t.id}},onCompleted:e=>{v(e.unlockUser.errors),e.unlockUser.errors.length===0&&C(t.name)},onError:()=>v(y(o(`network`)))})},children:o(`users.unlock`)}),(0,N.jsx)(a,{size:`xs`,variant:`light`,onClick:()=>m({kind:`reset`,user:t}),"aria-label":o(`users.resetNamed`,{name:t.name}),children:o(`users.reset`)}),(0,N.jsx)(a,{size:`xs`,variant:`light`,color:`red`,onClick:()=>m({kind:`deactivate`,user:t}),"aria-label":o(`deactivateNamed`,{name:t.name}),children:o(`deactivate`)})]})})]},t.id))})]})}),l&&(0,N.jsx)(a,{variant:`default`,loading:f,onClick:()=>u(30),w:`fit-content`,children:o(`loadMore`)}),p?.kind===`access`&&(0,N.jsx)(B,{user:p.user,agencies:r,onClose:()=>m(null)}),p?.kind===`deactivate`&&(0,N.jsx)(V,{user:p.user,onClose:()=>m(null)}),p?.kind===`reset`&&(0,N.jsx)(H,{user:p.user,onClose:()=>m(null)})]})}function L({value:e,onChange:t,error:n}){let{t:r}=i(`admin`);return(0,N.jsx)(u.Group,{label:r(`users.roles`),value:e,onChange:t,error:n,withAsterisk:!0,children:(0,N.jsx)(m,{cols:{base:1,xs:2},mt:`xs`,children:P.map(e=>(0,N.jsx)(u,{value:e,label:r(`common:role.${e}`)},e))})})}function R(e){return e.filter(e=>e.isActive).map(e=>({value:e.id,label:e.name}))}function z({agencies:e,onClose:n}){let{t:r}=i(`admin`),[o,s]=(0,j.useState)(``),[c,l]=(0,j.useState)(``),[u,h]=(0,j.useState)(``),[_,S]=(0,j.useState)(null),[C,w]=(0,j.useState)([`REQUESTER`]),[E,D]=(0,j.useState)(`id`),[O,k]=(0,j.useState)([]),[A,P]=(0,j.useState)(null),[F,I]=(0,M.useMutation)(T);function z(e){e.preventDefault(),F({variables:{input:{nrk:o.trim(),name:c.trim(),email:u.trim()||null,agencyId:_,roles:C,language:E}},onCompleted:({createUser:e})=>{k(e.errors),e.errors.length===0&&P(e.temporaryPassword??``)},onError:()=>k(y(r(`network`)))})}let{byField:B,general:V}=x(O,[`nrk`,`name`,`email`,`agencyId`,`roles`,`language`]);return(0,N.jsx)(f,{opened:!0,onClose:()=>n(A!==null),title:r(`users.newTitle`),size:`lg`,closeButtonProps:{"aria-label":r(`close`)},children:A===null?(0,N.jsx)(`form`,{onSubmit:z,noValidate:!0,children:(0,N.jsxs)(t,{children:[(0,N.jsx)(b,{errors:V}),(0,N.jsxs)(m,{cols:{base:1,xs:2},children:[(0,N.jsx)(g,{label:r(`users.nrk`),value:o,onChange:e=>s(e.currentTarget.value),error:B.nrk,inputMode:`numeric`,required:!0,"data-autofocus":!0}),(0,N.jsx)(g,{label:r(`users.name`),value:c,onChange:e=>l(e.currentTarget.value),error:B.name,required:!0}),(0,N.jsx)(g,{label:r(`users.email`),type:`email`,value:u,onChange:e=>h(e.currentTarget.value),error:B.email}),(0,N.jsx)(p,{label:r(`users.agency`),data:R(e),value:_,onChange:S,error:B.agencyId,searchable:!0,clearable:!0}),(0,N.jsx)(p,{label:r(`users.language`),data:[{value:`id`,label:`Bahasa Indonesia`},{value:`en`,label:`English`}],value:E,onChange:e=>D(e??`id`),allowDeselect:!1,error:B.language})]}),(0,N.jsx)(L,{value:C,onChange:w,error:B.roles}),(0,N.jsxs)(d,{justify:`flex-end`,children:[(0,N.jsx)(a,{variant:`default`,onClick:()=>n(!1),children:r(`cancel`)}),(0,N.jsx)(a,{type:`submit`,loading:I,children:r(`users.create`)})]})]})}):(0,N.jsxs)(t,{children:[(0,N.jsx)(v,{label:r(`users.created`,{name:c}),value:A}),(0,N.jsx)(a,{onClick:()=>n(!0),w:`fit-content`,children:r(`done`)})]})})}function B({user:e,agencies:n,onClose:r}){let{t:o}=i(`admin`),[s,c]=(0,j.useState)([...e.roles]),[l,u]=(0,j.useState)(e.agency?.id??null),[m,h]=(0,j.useState)([]),[g,_]=(0,M.useMutation)(w);function v(t){t.preventDefault();let n=s.length===e.roles.length&&s.every(t=>e.roles.includes(t)),i=e.agency?.id??null;g({variables:{input:{userId:e.id,roles:n?null:s,agencyId:l===i?null:l,clearAgency:l===null&&i!==null}},onCompleted:({changeUserAccess:e})=>{h(e.errors),e.errors.length===0&&r()},onError:()=>h(y(o(`network`)))})}let{byField:S,general:C}=x(m,[`roles`,`agencyId`]);return(0,N.jsx)(f,{opened:!0,onClose:r,title:o(`users.accessNamed`,{name:e.name}),size:`lg`,closeButtonProps:{"aria-label":o(`close`)},children:(0,N.jsx)(`form`,{onSubmit:v,noValidate:!0,children:(0,N.jsxs)(t,{children:[(0,N.jsx)(b,{errors:C}),(0,N.jsx)(L,{value:s,onChange:c,error:S.roles}),(0,N.jsx)(p,{label:o(`users.agency`),data:R(n),value:l,onChange:u,error:S.agencyId,searchable:!0,clearable:!0}),(0,N.jsxs)(d,{justify:`flex-end`,children:[(0,N.jsx)(a,{variant:`default`,onClick:r,children:o(`cancel`)}),(0,N.jsx)(a,{type:`submit`,loading:_,children:o(`save`)})]})]})})})}function V({user:e,onClose:n}){let{t:r}=i(`admin`),[o,c]=(0,j.useState)([]),[l,u]=(0,M.useMutation)(C);return(0,N.jsx)(f,{opened:!0,onClose:n,title:r(`deactivateNamed`,{name:e.name}),closeButtonProps:{"aria-label":r(`close`)},children:(0,N.jsxs)(t,{children:[(0,N.jsx)(b,{errors:o}),(0,N.jsx)(s,{children:r(`users.deactivateHelp`,{name:e.name,nrk:e.nrk})}),(0,N.jsxs)(d,{justify:`flex-end`,children:[(0,N.jsx)(a,{variant:`default`,onClick:n,children:r(`cancel`)}),(0,N.jsx)(a,{color:`red`,loading:u,onClick:()=>l({variables:{input:{userId:e.id}},onCompleted:({deactivateUser:e})=>{c(e.errors),e.errors.length===0&&n()},onError:()=>c(y(r(`network`)))}),children:r(`deactivate`)})]})]})})}function H({user:e,onClose:n}){let{t:r}=i(`admin`),[o,c]=(0,j.useState)([]),[l,u]=(0,j.useState)(null),[p,m]=(0,M.useMutation)(S);return(0,N.jsx)(f,{opened:!0,onClose:n,title:r(`users.resetNamed`,{name:e.name}),closeButtonProps:{"aria-label":r(`close`)},children:(0,N.jsxs)(t,{children:[(0,N.jsx)(b,{errors:o}),l===null?(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(s,{children:r(`users.resetHelp`)}),(0,N.jsxs)(d,{justify:`flex-end`,children:[(0,N.jsx)(a,{variant:`default`,onClick:n,children:r(`cancel`)}),(0,N.jsx)(a,{loading:m,onClick:()=>p({variables:{input:{userId:e.id}},onCompleted:({resetUserPassword:e})=>{c(e.errors),e.errors.length===0&&u(e.temporaryPassword??``)},onError:()=>c(y(r(`network`)))}),children:r(`users.reset`)})]})]}):(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(v,{label:r(`users.newPassword`,{name:e.name}),value:l}),(0,N.jsx)(a,{onClick:n,w:`fit-content`,children:r(`done`)})]})]})})}export{F as default};