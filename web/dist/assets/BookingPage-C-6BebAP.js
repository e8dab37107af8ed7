import{$ as e,At as t,D as n,I as r,K as i,L as a,N as o,Ot as s,P as c,Q as l,R as u,W as d,Z as f,_ as p,at as m,et as h,g,j as _,k as v,r as y,rt as b,ut as x,v as S,vt as C,w,wt as T,z as E}from"./index-BuWSflKf.js";import{t as D}from"./Card-C0jZsZSu.js";import{t as O}from"./Group-ClQhuTVn.js";import{t as k}from"./SimpleGrid-ByICnjmK.js";import{t as A}from"./Table-SrYZD4XT.js";import{t as j}from"./StatusBadge-CNdBlkoT.js";import{a as M,i as N,l as ee,o as te,r as P,s as F}from"./time-DCC4qMpP.js";import{t as I}from"./useLang-BqoqZWwm.js";import{n as L,t as R}from"./useRefresh-CHDJ8bID.js";import{n as z,o as ne,r as re,s as ie}from"./shared-DYSHYyOu.js";import{t as ae}from"./ReportDocument-BM7iqfl0.js";import{n as oe,t as se}from"./Textarea-dVZKhikp.js";import{t as B}from"./NumberInput-N12IXZ03.js";import{t as V}from"./TextInput-DhGEgAyA.js";import{t as ce}from"./userErrors-Cr6JY8N_.js";import{t as H}from"./Select-BmZh_EEp.js";import{t as U}from"./CopyButton-Bf5xRUZP.js";import{t as le}from"./get-auto-contrast-value-BTPwFOS2.js";import{t as ue}from"./create-safe-context-Cpa21YGx.js";var[de,fe]=ue(`Timeline component was not found in tree`),W={root:`m_43657ece`,itemTitle:`m_2ebe8099`,item:`m_436178ff`,itemBullet:`m_8affcee1`,itemBody:`m_540e8f41`,itemOpposite:`m_f3ba506`},G=h(),K=i(t=>{let{classNames:n,className:r,style:i,styles:a,vars:o,__active:s,__align:c,__lineActive:u,__vars:f,bullet:p,opposite:h,alternate:g,radius:_,color:v,lineVariant:y,children:b,title:x,mod:S,...w}=l(`TimelineItem`,null,t),T=fe(),E=e(),D={classNames:n,styles:a},O=c===`left`&&!!g||c===`right`&&!g,k=h!=null&&(0,G.jsx)(`div`,{...T.getStyles(`itemOpposite`,D),children:h}),A=(0,G.jsxs)(`div`,{...T.getStyles(`itemBody`,D),children:[x&&(0,G.jsx)(`div`,{...T.getStyles(`itemTitle`,D),children:x}),(0,G.jsx)(`div`,{...T.getStyles(`itemContent`,D),children:b})]});return(0,G.jsxs)(d,{...T.getStyles(`item`,{...D,className:r,style:i}),mod:[{"line-active":u,active:s,alternate:g},S],__vars:{"--tli-radius":_===void 0?void 0:C(_),"--tli-color":v?m(v,E):void 0,"--tli-border-style":y||void 0},...w,children:[O?A:k,(0,G.jsx)(d,{...T.getStyles(`itemBullet`,D),mod:{"with-child":!!p,align:c,active:s},children:p}),O?k:A]})});K.classes=W,K.displayName=`@mantine/core/TimelineItem`;var q=t(s(),1),pe={active:-1,align:`left`},J=x((e,{bulletSize:t,lineWidth:n,radius:r,color:i,autoContrast:a})=>({root:{"--tl-bullet-size":T(t),"--tl-line-width":T(n),"--tl-radius":r===void 0?void 0:C(r),"--tl-color":i?m(i,e):void 0,"--tl-icon-color":le(a,e)?b({color:i,theme:e,autoContrast:a}):void 0}})),Y=i(e=>{let t=l(`Timeline`,pe,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,children:c,active:u,color:p,radius:m,bulletSize:h,align:g,lineWidth:_,reverseActive:v,mod:y,autoContrast:b,attributes:x,...S}=t,C=f({name:`Timeline`,classes:W,props:t,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:x,vars:s,varsResolver:J}),w=q.Children.toArray(c),T=w.some(e=>e.props?.opposite!=null),E=w.map((e,t)=>(0,q.cloneElement)(e,{unstyled:o,__align:g,__active:e.props?.active||(v?u>=w.length-t-1:u>=t),__lineActive:e.props?.lineActive||(v?u>=w.length-t-1:u-1>=t)}));return(0,G.jsx)(de,{value:{getStyles:C},children:(0,G.jsx)(d,{...C(`root`),mod:[{align:g,opposite:T},y],...S,children:E})})});Y.classes=W,Y.varsResolver=J,Y.displayName=`@mantine/core/Timeline`,Y.Item=K;var me=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`BookingPage_booking`,selections:[e,t,n,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[e,r,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[e,r],storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[e,r,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[e],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[e,t],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null}],storageKey:null},{args:null,kind:`FragmentSpread`,name:`CheckIn_booking`},{args:null,kind:`FragmentSpread`,name:`Actions_booking`},{args:null,kind:`FragmentSpread`,name:`History_booking`},{args:null,kind:`FragmentSpread`,name:`Letter_booking`},{args:null,kind:`FragmentSpread`,name:`Suggestions_booking`}],type:`Booking`,abstractKey:null}})();me.hash=`b3121eff6226fa81506504a5dfc47af7`;var he=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[n,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`BookingPageSubscription`,selections:[{alias:null,args:t,concreteType:`Booking`,kind:`LinkedField`,name:`bookingChanged`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null}],type:`Subscription`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`BookingPageSubscription`,selections:[{alias:null,args:t,concreteType:`Booking`,kind:`LinkedField`,name:`bookingChanged`,plural:!1,selections:[n,r,i,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[n,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},n],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[i,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,n],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`6dd70d9af9ecbeb5c1f39a61f20305f7`,id:`c91cd8d4fee22fc71e055493dd9e6b0257c9db0bc2cb6f98873acdc6aa85270e`,metadata:{},name:`BookingPageSubscription`,operationKind:`subscription`,text:`subscription BookingPageSubscription(
  $id: ID!
) {
  bookingChanged(id: $id) {
    ...BookingPage_booking
    id
  }
}

fragment Actions_booking on Booking {
  id
  status
  startsAt
  endsAt
  title
  purpose
  participants
  availableActions
  room {
    id
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
  }
}

fragment BookingPage_booking on Booking {
  id
  reference
  status
  title
  purpose
  participants
  startsAt
  endsAt
  createdAt
  room {
    id
    name
    capacity
  }
  agency {
    id
    name
  }
  requester {
    name
    phone
    email
    id
  }
  step {
    number
    name
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
    shortfall
  }
  series {
    id
    reference
  }
  report {
    reportedAt
    document {
      status
      url
    }
    id
  }
  ...CheckIn_booking
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
}

fragment CheckIn_booking on Booking {
  id
  status
  startsAt
  endsAt
  checkedInAt
  availableActions
  room {
    noShowGraceMinutes
    id
  }
}

fragment History_booking on Booking {
  history {
    at
    action
    fromStatus
    toStatus
    actorRole
    note
    actor {
      name
      id
    }
  }
}

fragment Letter_booking on Booking {
  id
  reference
  letter {
    contentType
    size
  }
}

fragment Suggestions_booking on Booking {
  id
  status
  availableActions
  rescheduleSuggestions {
    startsAt
    endsAt
    sameRoom
    room {
      id
      name
    }
  }
}
`}}})();he.hash=`106045792a40b93032b97b2ae957aac6`;var ge=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[n,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`BookingPageQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{fragment:{kind:`InlineFragment`,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],type:`Booking`,abstractKey:null},kind:`AliasedInlineFragmentSpread`,name:`booking`}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`BookingPageQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},n,{kind:`InlineFragment`,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[n,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},n],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[i,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,n],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null}],storageKey:null}]},params:{cacheID:`3c84a3086aa2c0d1234079ad0fb080d8`,id:`075f37af6467e028347835968e377461309dacb3de71f8b66be155f7e883eaa6`,metadata:{},name:`BookingPageQuery`,operationKind:`query`,text:`query BookingPageQuery(
  $id: ID!
) {
  node(id: $id) {
    __typename
    ...BookingPage_booking
    id
  }
}

fragment Actions_booking on Booking {
  id
  status
  startsAt
  endsAt
  title
  purpose
  participants
  availableActions
  room {
    id
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
  }
}

fragment BookingPage_booking on Booking {
  id
  reference
  status
  title
  purpose
  participants
  startsAt
  endsAt
  createdAt
  room {
    id
    name
    capacity
  }
  agency {
    id
    name
  }
  requester {
    name
    phone
    email
    id
  }
  step {
    number
    name
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
    shortfall
  }
  series {
    id
    reference
  }
  report {
    reportedAt
    document {
      status
      url
    }
    id
  }
  ...CheckIn_booking
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
}

fragment CheckIn_booking on Booking {
  id
  status
  startsAt
  endsAt
  checkedInAt
  availableActions
  room {
    noShowGraceMinutes
    id
  }
}

fragment History_booking on Booking {
  history {
    at
    action
    fromStatus
    toStatus
    actorRole
    note
    actor {
      name
      id
    }
  }
}

fragment Letter_booking on Booking {
  id
  reference
  letter {
    contentType
    size
  }
}

fragment Suggestions_booking on Booking {
  id
  status
  availableActions
  rescheduleSuggestions {
    startsAt
    endsAt
    sameRoom
    room {
      id
      name
    }
  }
}
`}}})();ge.hash=`0ad9d22391dcd92fefb45339f0c13187`;var X=_(),_e=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`CheckInMutation`,selections:[{alias:null,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`checkIn`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`CheckInMutation`,selections:[{alias:null,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`checkIn`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`acff76ccc13909941dc67bd98a739551`,id:`6848cf65a82349b7612f1e93205cdabea49caf9e073aa7cb3bef9335977471ba`,metadata:{},name:`CheckInMutation`,operationKind:`mutation`,text:`mutation CheckInMutation(
  $input: CheckInInput!
) {
  checkIn(input: $input) {
    booking {
      ...BookingPage_booking
      id
    }
    errors {
      code
      message
      field
    }
  }
}

fragment Actions_booking on Booking {
  id
  status
  startsAt
  endsAt
  title
  purpose
  participants
  availableActions
  room {
    id
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
  }
}

fragment BookingPage_booking on Booking {
  id
  reference
  status
  title
  purpose
  participants
  startsAt
  endsAt
  createdAt
  room {
    id
    name
    capacity
  }
  agency {
    id
    name
  }
  requester {
    name
    phone
    email
    id
  }
  step {
    number
    name
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
    shortfall
  }
  series {
    id
    reference
  }
  report {
    reportedAt
    document {
      status
      url
    }
    id
  }
  ...CheckIn_booking
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
}

fragment CheckIn_booking on Booking {
  id
  status
  startsAt
  endsAt
  checkedInAt
  availableActions
  room {
    noShowGraceMinutes
    id
  }
}

fragment History_booking on Booking {
  history {
    at
    action
    fromStatus
    toStatus
    actorRole
    note
    actor {
      name
      id
    }
  }
}

fragment Letter_booking on Booking {
  id
  reference
  letter {
    contentType
    size
  }
}

fragment Suggestions_booking on Booking {
  id
  status
  availableActions
  rescheduleSuggestions {
    startsAt
    endsAt
    sameRoom
    room {
      id
      name
    }
  }
}
`}}})();_e.hash=`94d44d2240d13456d419d31fc3842cb9`;var ve={argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`CheckIn_booking`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null};ve.hash=`df5c68191c48572a0322a7d42ea199d1`;var ye=9e5;function be({booking:e}){let{t}=g(`after`),n=I(),i=R(15e3),a=(0,X.useFragment)(ve,e),[o,s]=(0,q.useState)([]),[c,l]=(0,X.useMutation)(_e);if(a.status===`NO_SHOW`)return(0,G.jsx)(E,{color:`gray`,role:`status`,title:t(`noShow.title`),styles:z,children:t(`noShow.text`,{minutes:a.room.noShowGraceMinutes??15})});if(a.checkedInAt)return(0,G.jsx)(u,{role:`status`,c:`dark.8`,fw:600,children:t(`checkIn.done`,{time:M(a.checkedInAt,n)})});let d=new Date(a.startsAt).getTime(),f=new Date(a.endsAt).getTime();if(!a.availableActions.includes(`CHECK_IN`)||i>=f)return null;let p=i>=d-ye;return(0,G.jsxs)(O,{gap:`sm`,children:[(0,G.jsx)(r,{color:`green`,disabled:!p,loading:l,onClick:()=>c({variables:{input:{bookingId:a.id}},onCompleted:({checkIn:e})=>s(e.errors),onError:()=>s(ne(t(`network`)))}),children:t(`checkIn.button`)}),(0,G.jsx)(u,{size:`sm`,children:p?a.room.noShowGraceMinutes==null?t(`checkIn.open`):t(`checkIn.grace`,{minutes:a.room.noShowGraceMinutes,time:M(a.startsAt,n)}):t(`checkIn.opensAt`,{time:M(d-ye,n)})}),(0,G.jsx)(re,{errors:o})]})}var Z=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t=[e];return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`Actions_booking`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:t,storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:t,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null}})();Z.hash=`d26950562ffd757e431d71c1d57db87e`;var xe=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsCancelMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`cancelBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsCancelMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`cancelBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`e6e2f793af12f73c436f643c073202f9`,id:`2bbe7d0a9db5c3ec5a222434c4d70801a2d2f145de0c2f89d475d28919448454`,metadata:{},name:`ActionsCancelMutation`,operationKind:`mutation`,text:`mutation ActionsCancelMutation(
  $input: CancelBookingInput!
) {
  result: cancelBooking(input: $input) {
    booking {
      ...BookingPage_booking
      id
    }
    errors {
      code
      message
      field
    }
  }
}

fragment Actions_booking on Booking {
  id
  status
  startsAt
  endsAt
  title
  purpose
  participants
  availableActions
  room {
    id
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
  }
}

fragment BookingPage_booking on Booking {
  id
  reference
  status
  title
  purpose
  participants
  startsAt
  endsAt
  createdAt
  room {
    id
    name
    capacity
  }
  agency {
    id
    name
  }
  requester {
    name
    phone
    email
    id
  }
  step {
    number
    name
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
    shortfall
  }
  series {
    id
    reference
  }
  report {
    reportedAt
    document {
      status
      url
    }
    id
  }
  ...CheckIn_booking
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
}

fragment CheckIn_booking on Booking {
  id
  status
  startsAt
  endsAt
  checkedInAt
  availableActions
  room {
    noShowGraceMinutes
    id
  }
}

fragment History_booking on Booking {
  history {
    at
    action
    fromStatus
    toStatus
    actorRole
    note
    actor {
      name
      id
    }
  }
}

fragment Letter_booking on Booking {
  id
  reference
  letter {
    contentType
    size
  }
}

fragment Suggestions_booking on Booking {
  id
  status
  availableActions
  rescheduleSuggestions {
    startsAt
    endsAt
    sameRoom
    room {
      id
      name
    }
  }
}
`}}})();xe.hash=`00c3063d5791e8ccc8bf459dd312e0a2`;var Se=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsApproveMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`approveBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsApproveMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`approveBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`64c5b4947a381e158e4ddbc69ff6f4a7`,id:`df909ae2f95f2232dcd0d7ae3fe94bf664e5e63c605f9331b2959549c75d254c`,metadata:{},name:`ActionsApproveMutation`,operationKind:`mutation`,text:`mutation ActionsApproveMutation(
  $input: ApproveBookingInput!
) {
  result: approveBooking(input: $input) {
    booking {
      ...BookingPage_booking
      id
    }
    errors {
      code
      message
      field
    }
  }
}

fragment Actions_booking on Booking {
  id
  status
  startsAt
  endsAt
  title
  purpose
  participants
  availableActions
  room {
    id
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
  }
}

fragment BookingPage_booking on Booking {
  id
  reference
  status
  title
  purpose
  participants
  startsAt
  endsAt
  createdAt
  room {
    id
    name
    capacity
  }
  agency {
    id
    name
  }
  requester {
    name
    phone
    email
    id
  }
  step {
    number
    name
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
    shortfall
  }
  series {
    id
    reference
  }
  report {
    reportedAt
    document {
      status
      url
    }
    id
  }
  ...CheckIn_booking
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
}

fragment CheckIn_booking on Booking {
  id
  status
  startsAt
  endsAt
  checkedInAt
  availableActions
  room {
    noShowGraceMinutes
    id
  }
}

fragment History_booking on Booking {
  history {
    at
    action
    fromStatus
    toStatus
    actorRole
    note
    actor {
      name
      id
    }
  }
}

fragment Letter_booking on Booking {
  id
  reference
  letter {
    contentType
    size
  }
}

fragment Suggestions_booking on Booking {
  id
  status
  availableActions
  rescheduleSuggestions {
    startsAt
    endsAt
    sameRoom
    room {
      id
      name
    }
  }
}
`}}})();Se.hash=`beec5a66ce54a820c4031298e7fe9dfc`;var Ce=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsValidateMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`validateBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsValidateMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`validateBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`8229a17cc614deec4ddd60f04b5af28f`,id:`de0e4125096e5cc6232ec65307e040eacd5323a7b5891c156670d2da50b1ae77`,metadata:{},name:`ActionsValidateMutation`,operationKind:`mutation`,text:`mutation ActionsValidateMutation(
  $input: ValidateBookingInput!
) {
  result: validateBooking(input: $input) {
    booking {
      ...BookingPage_booking
      id
    }
    errors {
      code
      message
      field
    }
  }
}

fragment Actions_booking on Booking {
  id
  status
  startsAt
  endsAt
  title
  purpose
  participants
  availableActions
  room {
    id
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
  }
}

fragment BookingPage_booking on Booking {
  id
  reference
  status
  title
  purpose
  participants
  startsAt
  endsAt
  createdAt
  room {
    id
    name
    capacity
  }
  agency {
    id
    name
  }
  requester {
    name
    phone
    email
    id
  }
  step {
    number
    name
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
    shortfall
  }
  series {
    id
    reference
  }
  report {
    reportedAt
    document {
      status
      url
    }
    id
  }
  ...CheckIn_booking
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
}

fragment CheckIn_booking on Booking {
  id
  status
  startsAt
  endsAt
  checkedInAt
  availableActions
  room {
    noShowGraceMinutes
    id
  }
}

fragment History_booking on Booking {
  history {
    at
    action
    fromStatus
    toStatus
    actorRole
    note
    actor {
      name
      id
    }
  }
}

fragment Letter_booking on Booking {
  id
  reference
  letter {
    contentType
    size
  }
}

fragment Suggestions_booking on Booking {
  id
  status
  availableActions
  rescheduleSuggestions {
    startsAt
    endsAt
    sameRoom
    room {
      id
      name
    }
  }
}
`}}})();Ce.hash=`5bb1ad5021784bd51d7da042ad9b6821`;var we=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsDecideMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`decideEquipmentShortfall`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsDecideMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`decideEquipmentShortfall`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`fd9139102a5b447d65b86d28ca8357af`,id:`9159865611a64cdf1c5a9a699b1648bf52bd67b8d364c46b8f595239b2cea209`,metadata:{},name:`ActionsDecideMutation`,operationKind:`mutation`,text:`mutation ActionsDecideMutation(
  $input: DecideEquipmentShortfallInput!
) {
  result: decideEquipmentShortfall(input: $input) {
    booking {
      ...BookingPage_booking
      id
    }
    errors {
      code
      message
      field
    }
  }
}

fragment Actions_booking on Booking {
  id
  status
  startsAt
  endsAt
  title
  purpose
  participants
  availableActions
  room {
    id
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
  }
}

fragment BookingPage_booking on Booking {
  id
  reference
  status
  title
  purpose
  participants
  startsAt
  endsAt
  createdAt
  room {
    id
    name
    capacity
  }
  agency {
    id
    name
  }
  requester {
    name
    phone
    email
    id
  }
  step {
    number
    name
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
    shortfall
  }
  series {
    id
    reference
  }
  report {
    reportedAt
    document {
      status
      url
    }
    id
  }
  ...CheckIn_booking
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
}

fragment CheckIn_booking on Booking {
  id
  status
  startsAt
  endsAt
  checkedInAt
  availableActions
  room {
    noShowGraceMinutes
    id
  }
}

fragment History_booking on Booking {
  history {
    at
    action
    fromStatus
    toStatus
    actorRole
    note
    actor {
      name
      id
    }
  }
}

fragment Letter_booking on Booking {
  id
  reference
  letter {
    contentType
    size
  }
}

fragment Suggestions_booking on Booking {
  id
  status
  availableActions
  rescheduleSuggestions {
    startsAt
    endsAt
    sameRoom
    room {
      id
      name
    }
  }
}
`}}})();we.hash=`bb6a69246c774f7537e874b0832b5cba`;var Te=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsReviewMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`reviewEquipment`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsReviewMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`reviewEquipment`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`9a115d3b484ad2fcac26faf536eaa3c3`,id:`4ae82125412cf4969b8606467412d8b43e6c324606d2e865450de142267c5319`,metadata:{},name:`ActionsReviewMutation`,operationKind:`mutation`,text:`mutation ActionsReviewMutation(
  $input: ReviewEquipmentInput!
) {
  result: reviewEquipment(input: $input) {
    booking {
      ...BookingPage_booking
      id
    }
    errors {
      code
      message
      field
    }
  }
}

fragment Actions_booking on Booking {
  id
  status
  startsAt
  endsAt
  title
  purpose
  participants
  availableActions
  room {
    id
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
  }
}

fragment BookingPage_booking on Booking {
  id
  reference
  status
  title
  purpose
  participants
  startsAt
  endsAt
  createdAt
  room {
    id
    name
    capacity
  }
  agency {
    id
    name
  }
  requester {
    name
    phone
    email
    id
  }
  step {
    number
    name
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
    shortfall
  }
  series {
    id
    reference
  }
  report {
    reportedAt
    document {
      status
      url
    }
    id
  }
  ...CheckIn_booking
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
}

fragment CheckIn_booking on Booking {
  id
  status
  startsAt
  endsAt
  checkedInAt
  availableActions
  room {
    noShowGraceMinutes
    id
  }
}

fragment History_booking on Booking {
  history {
    at
    action
    fromStatus
    toStatus
    actorRole
    note
    actor {
      name
      id
    }
  }
}

fragment Letter_booking on Booking {
  id
  reference
  letter {
    contentType
    size
  }
}

fragment Suggestions_booking on Booking {
  id
  status
  availableActions
  rescheduleSuggestions {
    startsAt
    endsAt
    sameRoom
    room {
      id
      name
    }
  }
}
`}}})();Te.hash=`baf449bf38fd4bda9de6412aeb804923`;var Ee=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsRejectMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`rejectBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsRejectMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`rejectBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`6d101d15321c46b6a54333b4c0cb74ca`,id:`b489382401090b1abbafc328a630f55c10b49a9fa33449637c23624a1ebc9a05`,metadata:{},name:`ActionsRejectMutation`,operationKind:`mutation`,text:`mutation ActionsRejectMutation(
  $input: RejectBookingInput!
) {
  result: rejectBooking(input: $input) {
    booking {
      ...BookingPage_booking
      id
    }
    errors {
      code
      message
      field
    }
  }
}

fragment Actions_booking on Booking {
  id
  status
  startsAt
  endsAt
  title
  purpose
  participants
  availableActions
  room {
    id
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
  }
}

fragment BookingPage_booking on Booking {
  id
  reference
  status
  title
  purpose
  participants
  startsAt
  endsAt
  createdAt
  room {
    id
    name
    capacity
  }
  agency {
    id
    name
  }
  requester {
    name
    phone
    email
    id
  }
  step {
    number
    name
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
    shortfall
  }
  series {
    id
    reference
  }
  report {
    reportedAt
    document {
      status
      url
    }
    id
  }
  ...CheckIn_booking
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
}

fragment CheckIn_booking on Booking {
  id
  status
  startsAt
  endsAt
  checkedInAt
  availableActions
  room {
    noShowGraceMinutes
    id
  }
}

fragment History_booking on Booking {
  history {
    at
    action
    fromStatus
    toStatus
    actorRole
    note
    actor {
      name
      id
    }
  }
}

fragment Letter_booking on Booking {
  id
  reference
  letter {
    contentType
    size
  }
}

fragment Suggestions_booking on Booking {
  id
  status
  availableActions
  rescheduleSuggestions {
    startsAt
    endsAt
    sameRoom
    room {
      id
      name
    }
  }
}
`}}})();Ee.hash=`8ca427341e9f567e5fb3c631afc5219b`;var De=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsResubmitMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`resubmitBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsResubmitMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`resubmitBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`32acf946ad76e0ca532467a086332265`,id:`a5a7a31aa1993636a0db751c17ca8fca16bcca5a865e955cad6531aaa5803d4b`,metadata:{},name:`ActionsResubmitMutation`,operationKind:`mutation`,text:`mutation ActionsResubmitMutation(
  $input: ResubmitBookingInput!
) {
  result: resubmitBooking(input: $input) {
    booking {
      ...BookingPage_booking
      id
    }
    errors {
      code
      message
      field
    }
  }
}

fragment Actions_booking on Booking {
  id
  status
  startsAt
  endsAt
  title
  purpose
  participants
  availableActions
  room {
    id
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
  }
}

fragment BookingPage_booking on Booking {
  id
  reference
  status
  title
  purpose
  participants
  startsAt
  endsAt
  createdAt
  room {
    id
    name
    capacity
  }
  agency {
    id
    name
  }
  requester {
    name
    phone
    email
    id
  }
  step {
    number
    name
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
    shortfall
  }
  series {
    id
    reference
  }
  report {
    reportedAt
    document {
      status
      url
    }
    id
  }
  ...CheckIn_booking
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
}

fragment CheckIn_booking on Booking {
  id
  status
  startsAt
  endsAt
  checkedInAt
  availableActions
  room {
    noShowGraceMinutes
    id
  }
}

fragment History_booking on Booking {
  history {
    at
    action
    fromStatus
    toStatus
    actorRole
    note
    actor {
      name
      id
    }
  }
}

fragment Letter_booking on Booking {
  id
  reference
  letter {
    contentType
    size
  }
}

fragment Suggestions_booking on Booking {
  id
  status
  availableActions
  rescheduleSuggestions {
    startsAt
    endsAt
    sameRoom
    room {
      id
      name
    }
  }
}
`}}})();De.hash=`ee1f2e1acea7d9f454e7e8b5a27548ae`;var Oe=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsRevisionMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`requestRevision`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsRevisionMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`requestRevision`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`328ce818f0189446b1c8f31616c142f4`,id:`87e62d058d6b5650c5bc46339193355d13907603274dc07a6fc20a5c17b7b82a`,metadata:{},name:`ActionsRevisionMutation`,operationKind:`mutation`,text:`mutation ActionsRevisionMutation(
  $input: RequestRevisionInput!
) {
  result: requestRevision(input: $input) {
    booking {
      ...BookingPage_booking
      id
    }
    errors {
      code
      message
      field
    }
  }
}

fragment Actions_booking on Booking {
  id
  status
  startsAt
  endsAt
  title
  purpose
  participants
  availableActions
  room {
    id
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
  }
}

fragment BookingPage_booking on Booking {
  id
  reference
  status
  title
  purpose
  participants
  startsAt
  endsAt
  createdAt
  room {
    id
    name
    capacity
  }
  agency {
    id
    name
  }
  requester {
    name
    phone
    email
    id
  }
  step {
    number
    name
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
    shortfall
  }
  series {
    id
    reference
  }
  report {
    reportedAt
    document {
      status
      url
    }
    id
  }
  ...CheckIn_booking
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
}

fragment CheckIn_booking on Booking {
  id
  status
  startsAt
  endsAt
  checkedInAt
  availableActions
  room {
    noShowGraceMinutes
    id
  }
}

fragment History_booking on Booking {
  history {
    at
    action
    fromStatus
    toStatus
    actorRole
    note
    actor {
      name
      id
    }
  }
}

fragment Letter_booking on Booking {
  id
  reference
  letter {
    contentType
    size
  }
}

fragment Suggestions_booking on Booking {
  id
  status
  availableActions
  rescheduleSuggestions {
    startsAt
    endsAt
    sameRoom
    room {
      id
      name
    }
  }
}
`}}})();Oe.hash=`5716058cb5cfa74f50aee2faf11c543d`;var ke=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsVerifyMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`verifyBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsVerifyMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`verifyBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`9ba997920e749fd8816c24b889327b4f`,id:`da1404026db213f8f3147756377032b26759b81111e8b4fc02623143b0538376`,metadata:{},name:`ActionsVerifyMutation`,operationKind:`mutation`,text:`mutation ActionsVerifyMutation(
  $input: VerifyBookingInput!
) {
  result: verifyBooking(input: $input) {
    booking {
      ...BookingPage_booking
      id
    }
    errors {
      code
      message
      field
    }
  }
}

fragment Actions_booking on Booking {
  id
  status
  startsAt
  endsAt
  title
  purpose
  participants
  availableActions
  room {
    id
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
  }
}

fragment BookingPage_booking on Booking {
  id
  reference
  status
  title
  purpose
  participants
  startsAt
  endsAt
  createdAt
  room {
    id
    name
    capacity
  }
  agency {
    id
    name
  }
  requester {
    name
    phone
    email
    id
  }
  step {
    number
    name
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
    shortfall
  }
  series {
    id
    reference
  }
  report {
    reportedAt
    document {
      status
      url
    }
    id
  }
  ...CheckIn_booking
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
}

fragment CheckIn_booking on Booking {
  id
  status
  startsAt
  endsAt
  checkedInAt
  availableActions
  room {
    noShowGraceMinutes
    id
  }
}

fragment History_booking on Booking {
  history {
    at
    action
    fromStatus
    toStatus
    actorRole
    note
    actor {
      name
      id
    }
  }
}

fragment Letter_booking on Booking {
  id
  reference
  letter {
    contentType
    size
  }
}

fragment Suggestions_booking on Booking {
  id
  status
  availableActions
  rescheduleSuggestions {
    startsAt
    endsAt
    sameRoom
    room {
      id
      name
    }
  }
}
`}}})();ke.hash=`f46961ba1ca48cc1869d14c5ab8d1913`;var Ae=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`RoomConnection`,kind:`LinkedField`,name:`rooms`,plural:!1,selections:[{alias:null,args:null,concreteType:`RoomEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`rooms(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`RoomChoiceQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`RoomChoiceQuery`,selections:e},params:{cacheID:`5785d5316c632265f901837d6001f1f4`,id:`eba0855c8c95b743be7337726d7ca9e41d4313f459d549efe03055f408ee9f7e`,metadata:{},name:`RoomChoiceQuery`,operationKind:`query`,text:`query RoomChoiceQuery {
  rooms(first: 100) {
    edges {
      node {
        id
        name
        capacity
      }
    }
  }
}
`}}})();Ae.hash=`03274a5f9f0beaf848067de5d6f02625`;var je=Ae;function Me({value:e,onChange:t,error:n,label:r}){let i=(0,X.useLazyLoadQuery)(je,{},{fetchPolicy:`store-or-network`});return(0,G.jsx)(H,{label:r,data:i.rooms.edges.map(({node:e})=>({value:e.id,label:`${e.name} (${e.capacity})`})),value:e,onChange:e=>e&&t(e),searchable:!0,error:n,allowDeselect:!1})}var Q={VERIFY:ke,REQUEST_REVISION:Oe,RESUBMIT:De,REJECT:Ee,REVIEW_EQUIPMENT:Te,PROCEED_WITH_SHORTFALL:we,VALIDATE:Ce,APPROVE:Se,CANCEL:xe};Q.WITHDRAW=Q.PROCEED_WITH_SHORTFALL;var Ne=[`VERIFY`,`REVIEW_EQUIPMENT`,`VALIDATE`,`APPROVE`,`RESUBMIT`,`PROCEED_WITH_SHORTFALL`,`WITHDRAW`,`REQUEST_REVISION`,`REJECT`,`CANCEL`],$=new Set([`REJECT`,`CANCEL`,`WITHDRAW`]);function Pe({booking:e}){let{t}=g(`booking`),n=(0,X.useFragment)(Z,e),[i,a]=(0,q.useState)(null),o=Ne.filter(e=>n.availableActions.includes(e)),s=n.availableActions.includes(`REPORT`);return o.length===0&&!s?null:(0,G.jsxs)(G.Fragment,{children:[(0,G.jsxs)(O,{gap:`xs`,role:`group`,"aria-label":t(`actions.label`),children:[o.map(e=>(0,G.jsx)(r,{color:$.has(e)?`red`:void 0,variant:$.has(e)?`light`:`filled`,onClick:()=>a(e),children:t(`actions.${e}.button`)},e)),s&&(0,G.jsx)(r,{component:w,to:`/bookings/${n.id}/report`,variant:`light`,children:t(`actions.REPORT.button`)})]}),i&&(0,G.jsx)(Fe,{action:i,booking:n,onClose:()=>a(null)})]})}function Fe({action:e,booking:t,onClose:n}){let{t:i}=g(`booking`),a=(0,X.useRelayEnvironment)(),o=e===`REJECT`||e===`CANCEL`,s=e===`REQUEST_REVISION`,[l,d]=(0,q.useState)(``),[f,p]=(0,q.useState)(!1),[m,h]=(0,q.useState)([]),[_,v]=(0,q.useState)(te(t.startsAt)),[y,b]=(0,q.useState)(ee(t.startsAt)),[x,S]=(0,q.useState)(ee(t.endsAt)),[C,w]=(0,q.useState)(t.room.id),[T,D]=(0,q.useState)(t.title),[j,M]=(0,q.useState)(t.purpose),[N,P]=(0,q.useState)(t.participants),[I,L]=(0,q.useState)(null),R=new Map(t.equipmentCheck.map(e=>[e.equipment.id,e.freeQuantity])),[z,ne]=(0,q.useState)(()=>Object.fromEntries(t.equipment.map(e=>[e.equipment.id,Math.min(e.requestedQuantity,R.get(e.equipment.id)??e.requestedQuantity)])));function re(){let n=l.trim()||null,r=()=>{let e=F(_,y),n=F(_,x);return{startsAt:new Date(e).getTime()===new Date(t.startsAt).getTime()?null:e,endsAt:new Date(n).getTime()===new Date(t.endsAt).getTime()?null:n}};switch(e){case`REJECT`:case`CANCEL`:return{bookingId:t.id,reason:l.trim()};case`PROCEED_WITH_SHORTFALL`:return{bookingId:t.id,proceed:!0,note:n};case`WITHDRAW`:return{bookingId:t.id,proceed:!1,note:n};case`REVIEW_EQUIPMENT`:return{bookingId:t.id,note:n,lines:Object.entries(z).map(([e,t])=>({equipmentId:e,approvedQuantity:t}))};case`APPROVE`:return{bookingId:t.id,note:n,roomId:C===t.room.id?null:C,...r()};case`RESUBMIT`:return{bookingId:t.id,note:n,...r(),title:T.trim()===t.title?null:T.trim(),purpose:j.trim()===t.purpose?null:j.trim(),participants:N===t.participants?null:N,letter:I};default:return{bookingId:t.id,note:n}}}function ae(t){t.preventDefault(),f||((o||s)&&!l.trim()?h([{code:`VALIDATION`,message:i(o?`actions.reasonRequired`:`actions.noteRequired`),field:o?`reason`:`note`}]):(p(!0),h([]),(0,X.commitMutation)(a,{mutation:Q[e],variables:{input:re()},onCompleted:e=>{p(!1);let{result:t}=e;t.errors.length?h(t.errors):n()},onError:()=>{p(!1),h([{code:`NETWORK`,message:i(`actions.network`),field:null}])}})))}let{byField:H,general:U}=ce(m,[`reason`,`note`,`startsAt`,`endsAt`,`roomId`,`lines`,`title`,`purpose`,`participants`,`letter`]),le=i(o?`actions.reason`:s?`actions.revisionNote`:`actions.note`);return(0,G.jsx)(ie,{opened:!0,onClose:n,title:i(`actions.${e}.title`),size:`lg`,closeButtonProps:{"aria-label":i(`actions.close`)},children:(0,G.jsx)(`form`,{onSubmit:ae,noValidate:!0,children:(0,G.jsxs)(c,{children:[(0,G.jsx)(u,{size:`sm`,children:i(`actions.${e}.help`)}),U.length>0&&(0,G.jsx)(E,{color:`red`,role:`alert`,children:U.map(e=>(0,G.jsx)(u,{size:`sm`,children:e.message},e.message))}),e===`REVIEW_EQUIPMENT`&&(0,G.jsxs)(A,{children:[(0,G.jsx)(A.Thead,{children:(0,G.jsxs)(A.Tr,{children:[(0,G.jsx)(A.Th,{children:i(`equipment.item`)}),(0,G.jsx)(A.Th,{children:i(`equipment.requested`)}),(0,G.jsx)(A.Th,{children:i(`equipment.free`)}),(0,G.jsx)(A.Th,{children:i(`equipment.approved`)})]})}),(0,G.jsx)(A.Tbody,{children:t.equipment.map(e=>(0,G.jsxs)(A.Tr,{children:[(0,G.jsx)(A.Td,{children:e.equipment.name}),(0,G.jsx)(A.Td,{children:e.requestedQuantity}),(0,G.jsx)(A.Td,{children:R.get(e.equipment.id)??`–`}),(0,G.jsx)(A.Td,{children:(0,G.jsx)(B,{"aria-label":i(`actions.approvedFor`,{item:e.equipment.name}),min:0,max:e.requestedQuantity,value:z[e.equipment.id],onChange:t=>ne({...z,[e.equipment.id]:Number(t)||0}),w:90})})]},e.equipment.id))})]}),(e===`APPROVE`||e===`RESUBMIT`)&&(0,G.jsxs)(G.Fragment,{children:[e===`APPROVE`&&(0,G.jsx)(Me,{value:C,onChange:w,error:H.roomId,label:i(`actions.room`)}),(0,G.jsxs)(k,{cols:{base:1,xs:3},children:[(0,G.jsx)(V,{type:`date`,label:i(`actions.date`),value:_,onChange:e=>v(e.currentTarget.value)}),(0,G.jsx)(V,{type:`time`,label:i(`actions.start`),value:y,onChange:e=>b(e.currentTarget.value),error:H.startsAt}),(0,G.jsx)(V,{type:`time`,label:i(`actions.end`),value:x,onChange:e=>S(e.currentTarget.value),error:H.endsAt})]})]}),e===`RESUBMIT`&&(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(V,{label:i(`actions.eventTitle`),value:T,onChange:e=>D(e.currentTarget.value),error:H.title}),(0,G.jsx)(se,{label:i(`purpose`),value:j,onChange:e=>M(e.currentTarget.value),autosize:!0,minRows:2,error:H.purpose}),(0,G.jsx)(B,{label:i(`participants`),value:N,min:1,onChange:e=>P(Number(e)||1),maw:200,error:H.participants}),(0,G.jsx)(oe,{label:i(`actions.newLetter`),description:i(`actions.newLetterHelp`),accept:`application/pdf,image/jpeg,image/png`,value:I,onChange:L,clearable:!0,error:H.letter})]}),(0,G.jsx)(se,{label:le,value:l,onChange:e=>d(e.currentTarget.value),required:o||s,autosize:!0,minRows:2,error:H.reason??H.note,"data-autofocus":!0}),(0,G.jsxs)(O,{justify:`flex-end`,children:[(0,G.jsx)(r,{variant:`default`,onClick:n,children:i(`actions.close`)}),(0,G.jsx)(r,{type:`submit`,loading:f,color:$.has(e)?`red`:void 0,children:i(`actions.${e}.confirm`)})]})]})})})}var Ie=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RotateCalendarTokenPayload`,kind:`LinkedField`,name:`rotateCalendarToken`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`CalendarLinkMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`CalendarLinkMutation`,selections:t},params:{cacheID:`4d8ce2a5ad35f68dad60569b1ee0ade8`,id:`3a745bb20a672b012eab70897bb934ed13791ca2710be8f607274397ff3d1b11`,metadata:{},name:`CalendarLinkMutation`,operationKind:`mutation`,text:`mutation CalendarLinkMutation(
  $input: RotateCalendarTokenInput!
) {
  rotateCalendarToken(input: $input) {
    url
    errors {
      message
    }
  }
}
`}}})();Ie.hash=`170f1cb1a392f544e5aec300671ef52a`;function Le({agencyId:e,roomId:t}){let{t:n}=g(`booking`),i=S(),[a,s]=(0,q.useState)(null),[c,l]=(0,q.useState)(null),[d,f]=(0,X.useMutation)(Ie),m=p(i,`SERVICE_OFFICER`,`SERVICE_HEAD`,`ADMIN`),h=p(i,`REQUESTER`);if(!m&&!h)return null;let _=h?{agencyId:e}:{roomId:t};return(0,G.jsxs)(D,{withBorder:!0,children:[(0,G.jsx)(o,{order:2,size:`h4`,mb:`xs`,children:n(`calendar.title`)}),(0,G.jsx)(u,{size:`sm`,c:`dimmed`,children:n(h?`calendar.agency`:`calendar.room`)}),a?(0,G.jsxs)(O,{mt:`xs`,align:`end`,wrap:`nowrap`,children:[(0,G.jsx)(V,{label:n(`calendar.link`),value:a,readOnly:!0,style:{flex:1},onFocus:e=>e.currentTarget.select()}),(0,G.jsx)(U,{value:a,children:({copied:e,copy:t})=>(0,G.jsx)(r,{onClick:t,variant:e?`filled`:`light`,children:n(e?`calendar.copied`:`calendar.copy`)})})]}):(0,G.jsx)(r,{mt:`xs`,size:`xs`,variant:`light`,loading:f,onClick:()=>d({variables:{input:_},onCompleted:({rotateCalendarToken:e})=>{s(e.url??null),l(e.errors[0]?.message??null)}}),children:n(`calendar.make`)}),c&&(0,G.jsx)(u,{c:`red`,size:`sm`,role:`alert`,children:c}),(0,G.jsx)(u,{size:`xs`,c:`dimmed`,mt:4,children:n(`calendar.warning`)})]})}var Re={argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`History_booking`,selections:[{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null};Re.hash=`7ef6c710606d38bf67face97488aa8bb`;function ze({booking:e}){let{t}=g(`booking`),n=I(),r=(0,X.useFragment)(Re,e);return(0,G.jsxs)(D,{withBorder:!0,component:`section`,"aria-labelledby":`history-title`,children:[(0,G.jsx)(o,{order:2,size:`h4`,mb:`sm`,id:`history-title`,children:t(`history.title`)}),(0,G.jsx)(Y,{active:r.history.length-1,bulletSize:14,lineWidth:2,children:r.history.map(e=>(0,G.jsxs)(Y.Item,{title:t(`action.${e.action}`),children:[(0,G.jsxs)(u,{size:`sm`,children:[e.actor?e.actor.name:t(`history.system`),e.actorRole?` (${t(`role.${e.actorRole}`,{ns:`common`})})`:``,` · `,P(e.at,n)]}),(0,G.jsxs)(u,{size:`sm`,c:`dimmed`,children:[e.fromStatus?`${t(`status.${e.fromStatus}`,{ns:`common`})} → `:``,t(`status.${e.toStatus}`,{ns:`common`})]}),e.note&&(0,G.jsxs)(u,{size:`sm`,fs:`italic`,children:[`“`,e.note,`”`]})]},`${e.at}-${e.action}-${e.toStatus}`))})]})}var Be={argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`Letter_booking`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null};Be.hash=`312aa46613fdcdc6fa5cd7704c1ceadc`;var Ve=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={kind:`InlineFragment`,selections:[{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`downloadUrl`,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`LetterUrlQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[n],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`LetterUrlQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},n,{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null}]},params:{cacheID:`9b38867a8f1f564e5e3fcf6ce7e0d87d`,id:`325356b609505b6549348dceef05c336ec1796a0ed28811aac848106e3aea560`,metadata:{},name:`LetterUrlQuery`,operationKind:`query`,text:`query LetterUrlQuery(
  $id: ID!
) {
  node(id: $id) {
    __typename
    ... on Booking {
      letter {
        downloadUrl
      }
    }
    id
  }
}
`}}})();Ve.hash=`5928d2761aaee23c371857b83697c14c`;var He=Ve;function Ue({booking:e}){let{t}=g(`booking`),n=(0,X.useRelayEnvironment)(),i=(0,X.useFragment)(Be,e),[a,s]=(0,q.useState)(null);if(!i.letter)return null;let c=i.letter,l=async()=>(await(0,X.fetchQuery)(n,He,{id:i.id}).toPromise())?.node?.letter?.downloadUrl??null,d=c.contentType===`application/pdf`;return(0,G.jsxs)(D,{withBorder:!0,children:[(0,G.jsx)(o,{order:2,size:`h4`,mb:`xs`,children:t(`letter.title`)}),(0,G.jsxs)(u,{size:`sm`,c:`dimmed`,children:[d?`PDF`:c.contentType.replace(`image/`,``).toUpperCase(),` · `,Math.ceil(c.size/1024),` KB`]}),(0,G.jsxs)(O,{mt:`xs`,children:[(0,G.jsx)(r,{size:`xs`,variant:`light`,onClick:async()=>s(a?null:await l()),"aria-expanded":a!==null,children:t(a?`letter.hide`:`letter.preview`)}),(0,G.jsx)(r,{size:`xs`,variant:`default`,onClick:async()=>{let e=await l();if(!e)return;let t=document.createElement(`a`);t.href=e,t.download=`${i.reference}`,t.rel=`noopener`,document.body.appendChild(t),t.click(),t.remove()},children:t(`letter.download`)})]}),a&&(d?(0,G.jsx)(`iframe`,{src:a,title:t(`letter.title`),style:{width:`100%`,height:480,border:0,marginTop:8}}):(0,G.jsx)(`img`,{src:a,alt:t(`letter.title`),style:{maxWidth:`100%`,marginTop:8}}))]})}var We=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`SuggestionsMutation`,selections:[{alias:null,args:t,concreteType:`AcceptRescheduleSuggestionPayload`,kind:`LinkedField`,name:`acceptRescheduleSuggestion`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`SuggestionsMutation`,selections:[{alias:null,args:t,concreteType:`AcceptRescheduleSuggestionPayload`,kind:`LinkedField`,name:`acceptRescheduleSuggestion`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`51127b0fc57c72acfaafd66b435d2915`,id:`e76306c5783289fd5ca336669d5474787ebd1ea177f5237927a11002e54915bf`,metadata:{},name:`SuggestionsMutation`,operationKind:`mutation`,text:`mutation SuggestionsMutation(
  $input: AcceptRescheduleSuggestionInput!
) {
  acceptRescheduleSuggestion(input: $input) {
    booking {
      ...BookingPage_booking
      id
    }
    errors {
      message
    }
  }
}

fragment Actions_booking on Booking {
  id
  status
  startsAt
  endsAt
  title
  purpose
  participants
  availableActions
  room {
    id
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
  }
}

fragment BookingPage_booking on Booking {
  id
  reference
  status
  title
  purpose
  participants
  startsAt
  endsAt
  createdAt
  room {
    id
    name
    capacity
  }
  agency {
    id
    name
  }
  requester {
    name
    phone
    email
    id
  }
  step {
    number
    name
  }
  equipment {
    requestedQuantity
    approvedQuantity
    equipment {
      id
      name
      unit
    }
  }
  equipmentCheck {
    equipment {
      id
    }
    freeQuantity
    shortfall
  }
  series {
    id
    reference
  }
  report {
    reportedAt
    document {
      status
      url
    }
    id
  }
  ...CheckIn_booking
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
}

fragment CheckIn_booking on Booking {
  id
  status
  startsAt
  endsAt
  checkedInAt
  availableActions
  room {
    noShowGraceMinutes
    id
  }
}

fragment History_booking on Booking {
  history {
    at
    action
    fromStatus
    toStatus
    actorRole
    note
    actor {
      name
      id
    }
  }
}

fragment Letter_booking on Booking {
  id
  reference
  letter {
    contentType
    size
  }
}

fragment Suggestions_booking on Booking {
  id
  status
  availableActions
  rescheduleSuggestions {
    startsAt
    endsAt
    sameRoom
    room {
      id
      name
    }
  }
}
`}}})();We.hash=`ef6ea14db5d198f396afb09250f9c1a0`;var Ge=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`Suggestions_booking`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null}})();Ge.hash=`36370f334e4460444d0c49fc41ab68bd`;function Ke({booking:e}){let{t}=g(`booking`),n=I(),i=(0,X.useFragment)(Ge,e),[a,o]=(0,q.useState)(null),[s,l]=(0,X.useMutation)(We);if(i.status!==`RESCHEDULE_REQUIRED`)return null;let d=i.availableActions.includes(`ACCEPT_SUGGESTION`);return(0,G.jsx)(E,{color:`orange`,title:t(`suggestions.title`),children:(0,G.jsxs)(c,{gap:`xs`,children:[(0,G.jsx)(u,{size:`sm`,children:t(`suggestions.intro`)}),i.rescheduleSuggestions.length===0&&(0,G.jsx)(u,{size:`sm`,children:t(`suggestions.none`)}),i.rescheduleSuggestions.map(e=>(0,G.jsxs)(O,{justify:`space-between`,wrap:`wrap`,children:[(0,G.jsxs)(u,{size:`sm`,children:[e.room.name,` · `,N(e.startsAt,e.endsAt,n)]}),d&&(0,G.jsx)(r,{size:`xs`,loading:l,"aria-label":t(`suggestions.takeLabel`,{room:e.room.name,when:N(e.startsAt,e.endsAt,n)}),onClick:()=>s({variables:{input:{bookingId:i.id,roomId:e.room.id,startsAt:e.startsAt}},onCompleted:({acceptRescheduleSuggestion:e})=>o(e.errors[0]?.message??null)}),children:t(`suggestions.take`)})]},`${e.room.id}${e.startsAt}`)),a&&(0,G.jsx)(u,{c:`red`,size:`sm`,role:`alert`,children:a})]})})}var qe=ge,Je=he,Ye=me;function Xe(){let{bookingId:e=``}=v(),t=L(),n=(0,X.useLazyLoadQuery)(qe,{id:e},{fetchPolicy:`store-and-network`,fetchKey:t}).node?.booking;return n?(0,G.jsx)(Ze,{booking:n,id:e}):(0,G.jsx)(y,{})}function Ze({booking:e,id:t}){let{t:r}=g(`booking`),i=I(),s=n(),l=(0,X.useFragment)(Ye,e),d=(0,q.useMemo)(()=>({subscription:Je,variables:{id:t}}),[t]);(0,X.useSubscription)(d);let f=s.state?.submitted,p=new Map(l.equipmentCheck.map(e=>[e.equipment.id,e]));return(0,G.jsxs)(c,{children:[f&&(0,G.jsx)(E,{color:`green`,role:`status`,children:r(`submitted`,{reference:f})}),(0,G.jsx)(O,{justify:`space-between`,align:`start`,wrap:`wrap`,children:(0,G.jsxs)(c,{gap:2,children:[(0,G.jsxs)(u,{c:`dimmed`,size:`sm`,children:[l.reference,l.series&&(0,G.jsxs)(G.Fragment,{children:[` · `,r(`seriesOf`,{reference:l.series.reference})]})]}),(0,G.jsx)(o,{order:1,children:l.title}),(0,G.jsxs)(O,{gap:`xs`,children:[(0,G.jsx)(j,{status:l.status}),l.step&&(0,G.jsx)(u,{size:`sm`,c:`dimmed`,children:r(`waitingOn`,{n:l.step.number,name:l.step.name})})]})]})}),(0,G.jsx)(be,{booking:l}),(0,G.jsx)(Pe,{booking:l}),l.report&&(0,G.jsx)(ae,{document:l.report.document,title:l.title}),(0,G.jsx)(Ke,{booking:l}),(0,G.jsxs)(k,{cols:{base:1,md:2},children:[(0,G.jsxs)(D,{withBorder:!0,children:[(0,G.jsx)(o,{order:2,size:`h4`,mb:`xs`,children:r(`details`)}),(0,G.jsxs)(`dl`,{className:`facts`,children:[(0,G.jsx)(`dt`,{children:r(`when`)}),(0,G.jsx)(`dd`,{children:N(l.startsAt,l.endsAt,i)}),(0,G.jsx)(`dt`,{children:r(`room`)}),(0,G.jsx)(`dd`,{children:(0,G.jsx)(a,{component:w,to:`/rooms/${l.room.id}`,children:l.room.name})}),(0,G.jsx)(`dt`,{children:r(`agency`)}),(0,G.jsx)(`dd`,{children:l.agency.name}),(0,G.jsx)(`dt`,{children:r(`requester`)}),(0,G.jsxs)(`dd`,{children:[l.requester.name,l.requester.phone?` · ${l.requester.phone}`:``]}),(0,G.jsx)(`dt`,{children:r(`participants`)}),(0,G.jsx)(`dd`,{children:l.participants}),(0,G.jsx)(`dt`,{children:r(`purpose`)}),(0,G.jsx)(`dd`,{children:l.purpose})]})]}),(0,G.jsxs)(c,{children:[(0,G.jsx)(Ue,{booking:l}),(0,G.jsx)(Le,{agencyId:l.agency.id,roomId:l.room.id})]})]}),l.equipment.length>0&&(0,G.jsxs)(D,{withBorder:!0,children:[(0,G.jsx)(o,{order:2,size:`h4`,mb:`xs`,children:r(`equipment.title`)}),(0,G.jsx)(A.ScrollContainer,{minWidth:480,children:(0,G.jsxs)(A,{children:[(0,G.jsx)(A.Thead,{children:(0,G.jsxs)(A.Tr,{children:[(0,G.jsx)(A.Th,{children:r(`equipment.item`)}),(0,G.jsx)(A.Th,{children:r(`equipment.requested`)}),(0,G.jsx)(A.Th,{children:r(`equipment.free`)}),(0,G.jsx)(A.Th,{children:r(`equipment.approved`)})]})}),(0,G.jsx)(A.Tbody,{children:l.equipment.map(e=>{let t=p.get(e.equipment.id);return(0,G.jsxs)(A.Tr,{children:[(0,G.jsx)(A.Td,{children:e.equipment.name}),(0,G.jsxs)(A.Td,{children:[e.requestedQuantity,` `,e.equipment.unit]}),(0,G.jsxs)(A.Td,{children:[t?t.freeQuantity:`–`,t&&t.shortfall>0&&(0,G.jsxs)(u,{component:`span`,c:`red.8`,fw:600,children:[` `,r(`equipment.shortfall`,{count:t.shortfall})]})]}),(0,G.jsx)(A.Td,{children:e.approvedQuantity??`–`})]},e.equipment.id)})})]})})]}),(0,G.jsx)(ze,{booking:l})]})}export{Xe as default};