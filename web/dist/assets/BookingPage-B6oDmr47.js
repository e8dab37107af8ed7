import{$ as e,A as t,At as n,B as r,C as i,D as a,Dt as o,F as s,H as c,J as l,M as u,N as d,Ot as f,P as p,T as m,X as h,Y as ee,b as g,bt as _,k as v,m as y,mt as b,ot as x,p as S,q as C,r as w,tt as T}from"./index--7V22GZs.js";import{t as E}from"./Card-CHi42Db2.js";import{t as D}from"./Group-DueNBRbl.js";import{t as O}from"./SimpleGrid-D2yG5bSp.js";import{t as k}from"./Table-C9EX2cJg.js";import{t as A}from"./StatusBadge-l4NLxB5N.js";import{a as j,i as M,l as N,o as te,r as ne,s as P}from"./time-DCC4qMpP.js";import{t as F}from"./useLang-DiSuCSxG.js";import{n as I,t as L}from"./useRefresh-DKV0a9Yx.js";import{a as R,n as re}from"./shared-dbhpA7R6.js";import{t as z}from"./ReportDocument-DIDj5eow.js";import{t as ie}from"./Modal-DYlCBWQl.js";import{t as ae}from"./NumberInput-HDGCWvdH.js";import{t as oe}from"./Textarea-BcF0dRzM.js";import{t as B}from"./TextInput-Bi6mEXc8.js";import{t as se}from"./userErrors-Cr6JY8N_.js";import{t as V}from"./Select-M42aJlVe.js";import{t as ce}from"./CopyButton-CeJhB0XU.js";import{t as le}from"./get-auto-contrast-value-BTPwFOS2.js";import{t as ue}from"./create-safe-context-BdcmV2s-.js";var[de,fe]=ue(`Timeline component was not found in tree`),H={root:`m_43657ece`,itemTitle:`m_2ebe8099`,item:`m_436178ff`,itemBullet:`m_8affcee1`,itemBody:`m_540e8f41`,itemOpposite:`m_f3ba506`},U=h(),W=c(e=>{let{classNames:t,className:n,style:i,styles:a,vars:o,__active:s,__align:c,__lineActive:u,__vars:d,bullet:f,opposite:p,alternate:m,radius:h,color:g,lineVariant:_,children:v,title:y,mod:x,...S}=l(`TimelineItem`,null,e),C=fe(),w=ee(),E={classNames:t,styles:a},D=c===`left`&&!!m||c===`right`&&!m,O=p!=null&&(0,U.jsx)(`div`,{...C.getStyles(`itemOpposite`,E),children:p}),k=(0,U.jsxs)(`div`,{...C.getStyles(`itemBody`,E),children:[y&&(0,U.jsx)(`div`,{...C.getStyles(`itemTitle`,E),children:y}),(0,U.jsx)(`div`,{...C.getStyles(`itemContent`,E),children:v})]});return(0,U.jsxs)(r,{...C.getStyles(`item`,{...E,className:n,style:i}),mod:[{"line-active":u,active:s,alternate:m},x],__vars:{"--tli-radius":h===void 0?void 0:b(h),"--tli-color":g?T(g,w):void 0,"--tli-border-style":_||void 0},...S,children:[D?k:O,(0,U.jsx)(r,{...C.getStyles(`itemBullet`,E),mod:{"with-child":!!f,align:c,active:s},children:f}),D?O:k]})});W.classes=H,W.displayName=`@mantine/core/TimelineItem`;var G=n(f(),1),pe={active:-1,align:`left`},K=x((t,{bulletSize:n,lineWidth:r,radius:i,color:a,autoContrast:o})=>({root:{"--tl-bullet-size":_(n),"--tl-line-width":_(r),"--tl-radius":i===void 0?void 0:b(i),"--tl-color":a?T(a,t):void 0,"--tl-icon-color":le(o,t)?e({color:a,theme:t,autoContrast:o}):void 0}})),q=c(e=>{let t=l(`Timeline`,pe,e),{classNames:n,className:i,style:a,styles:o,unstyled:s,vars:c,children:u,active:d,color:f,radius:p,bulletSize:m,align:h,lineWidth:ee,reverseActive:g,mod:_,autoContrast:v,attributes:y,...b}=t,x=C({name:`Timeline`,classes:H,props:t,className:i,style:a,classNames:n,styles:o,unstyled:s,attributes:y,vars:c,varsResolver:K}),S=G.Children.toArray(u),w=S.some(e=>e.props?.opposite!=null),T=S.map((e,t)=>(0,G.cloneElement)(e,{unstyled:s,__align:h,__active:e.props?.active||(g?d>=S.length-t-1:d>=t),__lineActive:e.props?.lineActive||(g?d>=S.length-t-1:d-1>=t)}));return(0,U.jsx)(de,{value:{getStyles:x},children:(0,U.jsx)(r,{...x(`root`),mod:[{align:h,opposite:w},_],...b,children:T})})});q.classes=H,q.varsResolver=K,q.displayName=`@mantine/core/Timeline`,q.Item=W;var J=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`BookingPage_booking`,selections:[e,t,n,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[e,r,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[e,r],storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[e,r,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[e],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[e,t],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null}],storageKey:null},{args:null,kind:`FragmentSpread`,name:`CheckIn_booking`},{args:null,kind:`FragmentSpread`,name:`Actions_booking`},{args:null,kind:`FragmentSpread`,name:`History_booking`},{args:null,kind:`FragmentSpread`,name:`Letter_booking`},{args:null,kind:`FragmentSpread`,name:`Suggestions_booking`}],type:`Booking`,abstractKey:null}})();J.hash=`b3121eff6226fa81506504a5dfc47af7`;var Y=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[n,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`BookingPageSubscription`,selections:[{alias:null,args:t,concreteType:`Booking`,kind:`LinkedField`,name:`bookingChanged`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null}],type:`Subscription`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`BookingPageSubscription`,selections:[{alias:null,args:t,concreteType:`Booking`,kind:`LinkedField`,name:`bookingChanged`,plural:!1,selections:[n,r,i,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[n,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},n],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[i,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,n],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`6dd70d9af9ecbeb5c1f39a61f20305f7`,id:`c91cd8d4fee22fc71e055493dd9e6b0257c9db0bc2cb6f98873acdc6aa85270e`,metadata:{},name:`BookingPageSubscription`,operationKind:`subscription`,text:`subscription BookingPageSubscription(
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
`}}})();Y.hash=`106045792a40b93032b97b2ae957aac6`;var me=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[n,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`BookingPageQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{fragment:{kind:`InlineFragment`,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],type:`Booking`,abstractKey:null},kind:`AliasedInlineFragmentSpread`,name:`booking`}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`BookingPageQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},n,{kind:`InlineFragment`,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[n,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},n],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[i,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,n],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null}],storageKey:null}]},params:{cacheID:`3c84a3086aa2c0d1234079ad0fb080d8`,id:`075f37af6467e028347835968e377461309dacb3de71f8b66be155f7e883eaa6`,metadata:{},name:`BookingPageQuery`,operationKind:`query`,text:`query BookingPageQuery(
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
`}}})();me.hash=`0ad9d22391dcd92fefb45339f0c13187`;var X=a(),he=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`CheckInMutation`,selections:[{alias:null,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`checkIn`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`CheckInMutation`,selections:[{alias:null,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`checkIn`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`acff76ccc13909941dc67bd98a739551`,id:`6848cf65a82349b7612f1e93205cdabea49caf9e073aa7cb3bef9335977471ba`,metadata:{},name:`CheckInMutation`,operationKind:`mutation`,text:`mutation CheckInMutation(
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
`}}})();he.hash=`94d44d2240d13456d419d31fc3842cb9`;var Z={argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`CheckIn_booking`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null};Z.hash=`df5c68191c48572a0322a7d42ea199d1`;var ge=9e5;function _e({booking:e}){let{t}=o(`after`),n=F(),r=L(15e3),i=(0,X.useFragment)(Z,e),[a,c]=(0,G.useState)([]),[l,d]=(0,X.useMutation)(he);if(i.status===`NO_SHOW`)return(0,U.jsx)(s,{color:`gray`,role:`status`,title:t(`noShow.title`),children:t(`noShow.text`,{minutes:i.room.noShowGraceMinutes??15})});if(i.checkedInAt)return(0,U.jsx)(p,{role:`status`,c:`green.9`,fw:600,children:t(`checkIn.done`,{time:j(i.checkedInAt,n)})});let f=new Date(i.startsAt).getTime(),m=new Date(i.endsAt).getTime();if(!i.availableActions.includes(`CHECK_IN`)||r>=m)return null;let h=r>=f-ge;return(0,U.jsxs)(D,{gap:`sm`,children:[(0,U.jsx)(u,{color:`green`,disabled:!h,loading:d,onClick:()=>l({variables:{input:{bookingId:i.id}},onCompleted:({checkIn:e})=>c(e.errors),onError:()=>c(R(t(`network`)))}),children:t(`checkIn.button`)}),(0,U.jsx)(p,{size:`sm`,children:h?i.room.noShowGraceMinutes==null?t(`checkIn.open`):t(`checkIn.grace`,{minutes:i.room.noShowGraceMinutes,time:j(i.startsAt,n)}):t(`checkIn.opensAt`,{time:j(f-ge,n)})}),(0,U.jsx)(re,{errors:a})]})}var ve=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t=[e];return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`Actions_booking`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:t,storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:t,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null}})();ve.hash=`d26950562ffd757e431d71c1d57db87e`;var ye=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsCancelMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`cancelBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsCancelMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`cancelBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`e6e2f793af12f73c436f643c073202f9`,id:`2bbe7d0a9db5c3ec5a222434c4d70801a2d2f145de0c2f89d475d28919448454`,metadata:{},name:`ActionsCancelMutation`,operationKind:`mutation`,text:`mutation ActionsCancelMutation(
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
`}}})();ye.hash=`00c3063d5791e8ccc8bf459dd312e0a2`;var be=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsApproveMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`approveBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsApproveMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`approveBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`64c5b4947a381e158e4ddbc69ff6f4a7`,id:`df909ae2f95f2232dcd0d7ae3fe94bf664e5e63c605f9331b2959549c75d254c`,metadata:{},name:`ActionsApproveMutation`,operationKind:`mutation`,text:`mutation ActionsApproveMutation(
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
`}}})();be.hash=`beec5a66ce54a820c4031298e7fe9dfc`;var xe=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsValidateMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`validateBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsValidateMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`validateBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`8229a17cc614deec4ddd60f04b5af28f`,id:`de0e4125096e5cc6232ec65307e040eacd5323a7b5891c156670d2da50b1ae77`,metadata:{},name:`ActionsValidateMutation`,operationKind:`mutation`,text:`mutation ActionsValidateMutation(
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
`}}})();xe.hash=`5bb1ad5021784bd51d7da042ad9b6821`;var Se=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsDecideMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`decideEquipmentShortfall`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsDecideMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`decideEquipmentShortfall`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`fd9139102a5b447d65b86d28ca8357af`,id:`9159865611a64cdf1c5a9a699b1648bf52bd67b8d364c46b8f595239b2cea209`,metadata:{},name:`ActionsDecideMutation`,operationKind:`mutation`,text:`mutation ActionsDecideMutation(
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
`}}})();Se.hash=`bb6a69246c774f7537e874b0832b5cba`;var Ce=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsReviewMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`reviewEquipment`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsReviewMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`reviewEquipment`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`9a115d3b484ad2fcac26faf536eaa3c3`,id:`4ae82125412cf4969b8606467412d8b43e6c324606d2e865450de142267c5319`,metadata:{},name:`ActionsReviewMutation`,operationKind:`mutation`,text:`mutation ActionsReviewMutation(
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
`}}})();Ce.hash=`baf449bf38fd4bda9de6412aeb804923`;var we=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsRejectMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`rejectBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsRejectMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`rejectBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`6d101d15321c46b6a54333b4c0cb74ca`,id:`b489382401090b1abbafc328a630f55c10b49a9fa33449637c23624a1ebc9a05`,metadata:{},name:`ActionsRejectMutation`,operationKind:`mutation`,text:`mutation ActionsRejectMutation(
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
`}}})();we.hash=`8ca427341e9f567e5fb3c631afc5219b`;var Te=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsResubmitMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`resubmitBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsResubmitMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`resubmitBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`32acf946ad76e0ca532467a086332265`,id:`a5a7a31aa1993636a0db751c17ca8fca16bcca5a865e955cad6531aaa5803d4b`,metadata:{},name:`ActionsResubmitMutation`,operationKind:`mutation`,text:`mutation ActionsResubmitMutation(
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
`}}})();Te.hash=`ee1f2e1acea7d9f454e7e8b5a27548ae`;var Ee=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsRevisionMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`requestRevision`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsRevisionMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`requestRevision`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`328ce818f0189446b1c8f31616c142f4`,id:`87e62d058d6b5650c5bc46339193355d13907603274dc07a6fc20a5c17b7b82a`,metadata:{},name:`ActionsRevisionMutation`,operationKind:`mutation`,text:`mutation ActionsRevisionMutation(
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
`}}})();Ee.hash=`5716058cb5cfa74f50aee2faf11c543d`;var De=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsVerifyMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`verifyBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsVerifyMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`verifyBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`9ba997920e749fd8816c24b889327b4f`,id:`da1404026db213f8f3147756377032b26759b81111e8b4fc02623143b0538376`,metadata:{},name:`ActionsVerifyMutation`,operationKind:`mutation`,text:`mutation ActionsVerifyMutation(
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
`}}})();De.hash=`f46961ba1ca48cc1869d14c5ab8d1913`;var Oe=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`RoomConnection`,kind:`LinkedField`,name:`rooms`,plural:!1,selections:[{alias:null,args:null,concreteType:`RoomEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`rooms(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`RoomChoiceQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`RoomChoiceQuery`,selections:e},params:{cacheID:`5785d5316c632265f901837d6001f1f4`,id:`eba0855c8c95b743be7337726d7ca9e41d4313f459d549efe03055f408ee9f7e`,metadata:{},name:`RoomChoiceQuery`,operationKind:`query`,text:`query RoomChoiceQuery {
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
`}}})();Oe.hash=`03274a5f9f0beaf848067de5d6f02625`;var ke=Oe;function Ae({value:e,onChange:t,error:n,label:r}){let i=(0,X.useLazyLoadQuery)(ke,{},{fetchPolicy:`store-or-network`});return(0,U.jsx)(V,{label:r,data:i.rooms.edges.map(({node:e})=>({value:e.id,label:`${e.name} (${e.capacity})`})),value:e,onChange:e=>e&&t(e),searchable:!0,error:n,allowDeselect:!1})}var Q={VERIFY:De,REQUEST_REVISION:Ee,RESUBMIT:Te,REJECT:we,REVIEW_EQUIPMENT:Ce,PROCEED_WITH_SHORTFALL:Se,VALIDATE:xe,APPROVE:be,CANCEL:ye};Q.WITHDRAW=Q.PROCEED_WITH_SHORTFALL;var je=[`VERIFY`,`REVIEW_EQUIPMENT`,`VALIDATE`,`APPROVE`,`RESUBMIT`,`PROCEED_WITH_SHORTFALL`,`WITHDRAW`,`REQUEST_REVISION`,`REJECT`,`CANCEL`],$=new Set([`REJECT`,`CANCEL`,`WITHDRAW`]);function Me({booking:e}){let{t}=o(`booking`),n=(0,X.useFragment)(ve,e),[r,i]=(0,G.useState)(null),a=je.filter(e=>n.availableActions.includes(e)),s=n.availableActions.includes(`REPORT`);return a.length===0&&!s?null:(0,U.jsxs)(U.Fragment,{children:[(0,U.jsxs)(D,{gap:`xs`,role:`group`,"aria-label":t(`actions.label`),children:[a.map(e=>(0,U.jsx)(u,{color:$.has(e)?`red`:void 0,variant:$.has(e)?`light`:`filled`,onClick:()=>i(e),children:t(`actions.${e}.button`)},e)),s&&(0,U.jsx)(u,{component:g,to:`/bookings/${n.id}/report`,variant:`light`,children:t(`actions.REPORT.button`)})]}),r&&(0,U.jsx)(Ne,{action:r,booking:n,onClose:()=>i(null)})]})}function Ne({action:e,booking:n,onClose:r}){let{t:i}=o(`booking`),a=(0,X.useRelayEnvironment)(),c=e===`REJECT`||e===`CANCEL`,l=e===`REQUEST_REVISION`,[d,f]=(0,G.useState)(``),[m,h]=(0,G.useState)(!1),[ee,g]=(0,G.useState)([]),[_,v]=(0,G.useState)(te(n.startsAt)),[y,b]=(0,G.useState)(N(n.startsAt)),[x,S]=(0,G.useState)(N(n.endsAt)),[C,w]=(0,G.useState)(n.room.id),[T,E]=(0,G.useState)(n.title),[A,j]=(0,G.useState)(n.purpose),[M,ne]=(0,G.useState)(n.participants),F=new Map(n.equipmentCheck.map(e=>[e.equipment.id,e.freeQuantity])),[I,L]=(0,G.useState)(()=>Object.fromEntries(n.equipment.map(e=>[e.equipment.id,Math.min(e.requestedQuantity,F.get(e.equipment.id)??e.requestedQuantity)])));function R(){let t=d.trim()||null,r=()=>{let e=P(_,y),t=P(_,x);return{startsAt:new Date(e).getTime()===new Date(n.startsAt).getTime()?null:e,endsAt:new Date(t).getTime()===new Date(n.endsAt).getTime()?null:t}};switch(e){case`REJECT`:case`CANCEL`:return{bookingId:n.id,reason:d.trim()};case`PROCEED_WITH_SHORTFALL`:return{bookingId:n.id,proceed:!0,note:t};case`WITHDRAW`:return{bookingId:n.id,proceed:!1,note:t};case`REVIEW_EQUIPMENT`:return{bookingId:n.id,note:t,lines:Object.entries(I).map(([e,t])=>({equipmentId:e,approvedQuantity:t}))};case`APPROVE`:return{bookingId:n.id,note:t,roomId:C===n.room.id?null:C,...r()};case`RESUBMIT`:return{bookingId:n.id,note:t,...r(),title:T.trim()===n.title?null:T.trim(),purpose:A.trim()===n.purpose?null:A.trim(),participants:M===n.participants?null:M};default:return{bookingId:n.id,note:t}}}function re(t){t.preventDefault(),m||((c||l)&&!d.trim()?g([{code:`VALIDATION`,message:i(c?`actions.reasonRequired`:`actions.noteRequired`),field:c?`reason`:`note`}]):(h(!0),g([]),(0,X.commitMutation)(a,{mutation:Q[e],variables:{input:R()},onCompleted:e=>{h(!1);let{result:t}=e;t.errors.length?g(t.errors):r()},onError:()=>{h(!1),g([{code:`NETWORK`,message:i(`actions.network`),field:null}])}})))}let{byField:z,general:V}=se(ee,[`reason`,`note`,`startsAt`,`endsAt`,`roomId`,`lines`,`title`,`purpose`,`participants`]),ce=i(c?`actions.reason`:l?`actions.revisionNote`:`actions.note`);return(0,U.jsx)(ie,{opened:!0,onClose:r,title:i(`actions.${e}.title`),size:`lg`,closeButtonProps:{"aria-label":i(`actions.close`)},children:(0,U.jsx)(`form`,{onSubmit:re,noValidate:!0,children:(0,U.jsxs)(t,{children:[(0,U.jsx)(p,{size:`sm`,children:i(`actions.${e}.help`)}),V.length>0&&(0,U.jsx)(s,{color:`red`,role:`alert`,children:V.map(e=>(0,U.jsx)(p,{size:`sm`,children:e.message},e.message))}),e===`REVIEW_EQUIPMENT`&&(0,U.jsxs)(k,{children:[(0,U.jsx)(k.Thead,{children:(0,U.jsxs)(k.Tr,{children:[(0,U.jsx)(k.Th,{children:i(`equipment.item`)}),(0,U.jsx)(k.Th,{children:i(`equipment.requested`)}),(0,U.jsx)(k.Th,{children:i(`equipment.free`)}),(0,U.jsx)(k.Th,{children:i(`equipment.approved`)})]})}),(0,U.jsx)(k.Tbody,{children:n.equipment.map(e=>(0,U.jsxs)(k.Tr,{children:[(0,U.jsx)(k.Td,{children:e.equipment.name}),(0,U.jsx)(k.Td,{children:e.requestedQuantity}),(0,U.jsx)(k.Td,{children:F.get(e.equipment.id)??`–`}),(0,U.jsx)(k.Td,{children:(0,U.jsx)(ae,{"aria-label":i(`actions.approvedFor`,{item:e.equipment.name}),min:0,max:e.requestedQuantity,value:I[e.equipment.id],onChange:t=>L({...I,[e.equipment.id]:Number(t)||0}),w:90})})]},e.equipment.id))})]}),(e===`APPROVE`||e===`RESUBMIT`)&&(0,U.jsxs)(U.Fragment,{children:[e===`APPROVE`&&(0,U.jsx)(Ae,{value:C,onChange:w,error:z.roomId,label:i(`actions.room`)}),(0,U.jsxs)(O,{cols:{base:1,xs:3},children:[(0,U.jsx)(B,{type:`date`,label:i(`actions.date`),value:_,onChange:e=>v(e.currentTarget.value)}),(0,U.jsx)(B,{type:`time`,label:i(`actions.start`),value:y,onChange:e=>b(e.currentTarget.value),error:z.startsAt}),(0,U.jsx)(B,{type:`time`,label:i(`actions.end`),value:x,onChange:e=>S(e.currentTarget.value),error:z.endsAt})]})]}),e===`RESUBMIT`&&(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(B,{label:i(`actions.eventTitle`),value:T,onChange:e=>E(e.currentTarget.value),error:z.title}),(0,U.jsx)(oe,{label:i(`purpose`),value:A,onChange:e=>j(e.currentTarget.value),autosize:!0,minRows:2,error:z.purpose}),(0,U.jsx)(ae,{label:i(`participants`),value:M,min:1,onChange:e=>ne(Number(e)||1),maw:200,error:z.participants})]}),(0,U.jsx)(oe,{label:ce,value:d,onChange:e=>f(e.currentTarget.value),required:c||l,autosize:!0,minRows:2,error:z.reason??z.note,"data-autofocus":!0}),(0,U.jsxs)(D,{justify:`flex-end`,children:[(0,U.jsx)(u,{variant:`default`,onClick:r,children:i(`actions.close`)}),(0,U.jsx)(u,{type:`submit`,loading:m,color:$.has(e)?`red`:void 0,children:i(`actions.${e}.confirm`)})]})]})})})}var Pe=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RotateCalendarTokenPayload`,kind:`LinkedField`,name:`rotateCalendarToken`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`CalendarLinkMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`CalendarLinkMutation`,selections:t},params:{cacheID:`4d8ce2a5ad35f68dad60569b1ee0ade8`,id:`3a745bb20a672b012eab70897bb934ed13791ca2710be8f607274397ff3d1b11`,metadata:{},name:`CalendarLinkMutation`,operationKind:`mutation`,text:`mutation CalendarLinkMutation(
  $input: RotateCalendarTokenInput!
) {
  rotateCalendarToken(input: $input) {
    url
    errors {
      message
    }
  }
}
`}}})();Pe.hash=`170f1cb1a392f544e5aec300671ef52a`;function Fe({agencyId:e,roomId:t}){let{t:n}=o(`booking`),r=y(),[i,a]=(0,G.useState)(null),[s,c]=(0,G.useState)(null),[l,d]=(0,X.useMutation)(Pe),f=S(r,`SERVICE_OFFICER`,`SERVICE_HEAD`,`ADMIN`),m=S(r,`REQUESTER`);if(!f&&!m)return null;let h=m?{agencyId:e}:{roomId:t};return(0,U.jsxs)(E,{withBorder:!0,children:[(0,U.jsx)(v,{order:2,size:`h4`,mb:`xs`,children:n(`calendar.title`)}),(0,U.jsx)(p,{size:`sm`,c:`dimmed`,children:n(m?`calendar.agency`:`calendar.room`)}),i?(0,U.jsxs)(D,{mt:`xs`,align:`end`,wrap:`nowrap`,children:[(0,U.jsx)(B,{label:n(`calendar.link`),value:i,readOnly:!0,style:{flex:1},onFocus:e=>e.currentTarget.select()}),(0,U.jsx)(ce,{value:i,children:({copied:e,copy:t})=>(0,U.jsx)(u,{onClick:t,variant:e?`filled`:`light`,children:n(e?`calendar.copied`:`calendar.copy`)})})]}):(0,U.jsx)(u,{mt:`xs`,size:`xs`,variant:`light`,loading:d,onClick:()=>l({variables:{input:h},onCompleted:({rotateCalendarToken:e})=>{a(e.url??null),c(e.errors[0]?.message??null)}}),children:n(`calendar.make`)}),s&&(0,U.jsx)(p,{c:`red`,size:`sm`,role:`alert`,children:s}),(0,U.jsx)(p,{size:`xs`,c:`dimmed`,mt:4,children:n(`calendar.warning`)})]})}var Ie={argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`History_booking`,selections:[{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null};Ie.hash=`7ef6c710606d38bf67face97488aa8bb`;function Le({booking:e}){let{t}=o(`booking`),n=F(),r=(0,X.useFragment)(Ie,e);return(0,U.jsxs)(E,{withBorder:!0,component:`section`,"aria-labelledby":`history-title`,children:[(0,U.jsx)(v,{order:2,size:`h4`,mb:`sm`,id:`history-title`,children:t(`history.title`)}),(0,U.jsx)(q,{active:r.history.length-1,bulletSize:14,lineWidth:2,children:r.history.map(e=>(0,U.jsxs)(q.Item,{title:t(`action.${e.action}`),children:[(0,U.jsxs)(p,{size:`sm`,children:[e.actor?e.actor.name:t(`history.system`),e.actorRole?` (${t(`role.${e.actorRole}`,{ns:`common`})})`:``,` · `,ne(e.at,n)]}),(0,U.jsxs)(p,{size:`sm`,c:`dimmed`,children:[e.fromStatus?`${t(`status.${e.fromStatus}`,{ns:`common`})} → `:``,t(`status.${e.toStatus}`,{ns:`common`})]}),e.note&&(0,U.jsxs)(p,{size:`sm`,fs:`italic`,children:[`“`,e.note,`”`]})]},`${e.at}-${e.action}-${e.toStatus}`))})]})}var Re={argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`Letter_booking`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null};Re.hash=`312aa46613fdcdc6fa5cd7704c1ceadc`;var ze=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={kind:`InlineFragment`,selections:[{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`downloadUrl`,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`LetterUrlQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[n],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`LetterUrlQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},n,{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null}]},params:{cacheID:`9b38867a8f1f564e5e3fcf6ce7e0d87d`,id:`325356b609505b6549348dceef05c336ec1796a0ed28811aac848106e3aea560`,metadata:{},name:`LetterUrlQuery`,operationKind:`query`,text:`query LetterUrlQuery(
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
`}}})();ze.hash=`5928d2761aaee23c371857b83697c14c`;var Be=ze;function Ve({booking:e}){let{t}=o(`booking`),n=(0,X.useRelayEnvironment)(),r=(0,X.useFragment)(Re,e),[i,a]=(0,G.useState)(null);if(!r.letter)return null;let s=r.letter,c=async()=>(await(0,X.fetchQuery)(n,Be,{id:r.id}).toPromise())?.node?.letter?.downloadUrl??null,l=s.contentType===`application/pdf`;return(0,U.jsxs)(E,{withBorder:!0,children:[(0,U.jsx)(v,{order:2,size:`h4`,mb:`xs`,children:t(`letter.title`)}),(0,U.jsxs)(p,{size:`sm`,c:`dimmed`,children:[l?`PDF`:s.contentType.replace(`image/`,``).toUpperCase(),` · `,Math.ceil(s.size/1024),` KB`]}),(0,U.jsxs)(D,{mt:`xs`,children:[(0,U.jsx)(u,{size:`xs`,variant:`light`,onClick:async()=>a(i?null:await c()),"aria-expanded":i!==null,children:t(i?`letter.hide`:`letter.preview`)}),(0,U.jsx)(u,{size:`xs`,variant:`default`,onClick:async()=>{let e=await c();if(!e)return;let t=document.createElement(`a`);t.href=e,t.download=`${r.reference}`,t.rel=`noopener`,document.body.appendChild(t),t.click(),t.remove()},children:t(`letter.download`)})]}),i&&(l?(0,U.jsx)(`iframe`,{src:i,title:t(`letter.title`),style:{width:`100%`,height:480,border:0,marginTop:8}}):(0,U.jsx)(`img`,{src:i,alt:t(`letter.title`),style:{maxWidth:`100%`,marginTop:8}}))]})}var He=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`SuggestionsMutation`,selections:[{alias:null,args:t,concreteType:`AcceptRescheduleSuggestionPayload`,kind:`LinkedField`,name:`acceptRescheduleSuggestion`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`SuggestionsMutation`,selections:[{alias:null,args:t,concreteType:`AcceptRescheduleSuggestionPayload`,kind:`LinkedField`,name:`acceptRescheduleSuggestion`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`51127b0fc57c72acfaafd66b435d2915`,id:`e76306c5783289fd5ca336669d5474787ebd1ea177f5237927a11002e54915bf`,metadata:{},name:`SuggestionsMutation`,operationKind:`mutation`,text:`mutation SuggestionsMutation(
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
`}}})();He.hash=`ef6ea14db5d198f396afb09250f9c1a0`;var Ue=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`Suggestions_booking`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null}})();Ue.hash=`36370f334e4460444d0c49fc41ab68bd`;function We({booking:e}){let{t:n}=o(`booking`),r=F(),i=(0,X.useFragment)(Ue,e),[a,c]=(0,G.useState)(null),[l,d]=(0,X.useMutation)(He);if(i.status!==`RESCHEDULE_REQUIRED`)return null;let f=i.availableActions.includes(`ACCEPT_SUGGESTION`);return(0,U.jsx)(s,{color:`orange`,title:n(`suggestions.title`),children:(0,U.jsxs)(t,{gap:`xs`,children:[(0,U.jsx)(p,{size:`sm`,children:n(`suggestions.intro`)}),i.rescheduleSuggestions.length===0&&(0,U.jsx)(p,{size:`sm`,children:n(`suggestions.none`)}),i.rescheduleSuggestions.map(e=>(0,U.jsxs)(D,{justify:`space-between`,wrap:`wrap`,children:[(0,U.jsxs)(p,{size:`sm`,children:[e.room.name,` · `,M(e.startsAt,e.endsAt,r)]}),f&&(0,U.jsx)(u,{size:`xs`,loading:d,"aria-label":n(`suggestions.takeLabel`,{room:e.room.name,when:M(e.startsAt,e.endsAt,r)}),onClick:()=>l({variables:{input:{bookingId:i.id,roomId:e.room.id,startsAt:e.startsAt}},onCompleted:({acceptRescheduleSuggestion:e})=>c(e.errors[0]?.message??null)}),children:n(`suggestions.take`)})]},`${e.room.id}${e.startsAt}`)),a&&(0,U.jsx)(p,{c:`red`,size:`sm`,role:`alert`,children:a})]})})}var Ge=me,Ke=Y,qe=J;function Je(){let{bookingId:e=``}=m(),t=I(),n=(0,X.useLazyLoadQuery)(Ge,{id:e},{fetchPolicy:`store-and-network`,fetchKey:t}).node?.booking;return n?(0,U.jsx)(Ye,{booking:n,id:e}):(0,U.jsx)(w,{})}function Ye({booking:e,id:n}){let{t:r}=o(`booking`),a=F(),c=i(),l=(0,X.useFragment)(qe,e),u=(0,G.useMemo)(()=>({subscription:Ke,variables:{id:n}}),[n]);(0,X.useSubscription)(u);let f=c.state?.submitted,m=new Map(l.equipmentCheck.map(e=>[e.equipment.id,e]));return(0,U.jsxs)(t,{children:[f&&(0,U.jsx)(s,{color:`green`,role:`status`,children:r(`submitted`,{reference:f})}),(0,U.jsx)(D,{justify:`space-between`,align:`start`,wrap:`wrap`,children:(0,U.jsxs)(t,{gap:2,children:[(0,U.jsxs)(p,{c:`dimmed`,size:`sm`,children:[l.reference,l.series&&(0,U.jsxs)(U.Fragment,{children:[` · `,r(`seriesOf`,{reference:l.series.reference})]})]}),(0,U.jsx)(v,{order:1,children:l.title}),(0,U.jsxs)(D,{gap:`xs`,children:[(0,U.jsx)(A,{status:l.status}),l.step&&(0,U.jsx)(p,{size:`sm`,c:`dimmed`,children:r(`waitingOn`,{n:l.step.number,name:l.step.name})})]})]})}),(0,U.jsx)(_e,{booking:l}),(0,U.jsx)(Me,{booking:l}),l.report&&(0,U.jsx)(z,{document:l.report.document,title:l.title}),(0,U.jsx)(We,{booking:l}),(0,U.jsxs)(O,{cols:{base:1,md:2},children:[(0,U.jsxs)(E,{withBorder:!0,children:[(0,U.jsx)(v,{order:2,size:`h4`,mb:`xs`,children:r(`details`)}),(0,U.jsxs)(`dl`,{className:`facts`,children:[(0,U.jsx)(`dt`,{children:r(`when`)}),(0,U.jsx)(`dd`,{children:M(l.startsAt,l.endsAt,a)}),(0,U.jsx)(`dt`,{children:r(`room`)}),(0,U.jsx)(`dd`,{children:(0,U.jsx)(d,{component:g,to:`/rooms/${l.room.id}`,children:l.room.name})}),(0,U.jsx)(`dt`,{children:r(`agency`)}),(0,U.jsx)(`dd`,{children:l.agency.name}),(0,U.jsx)(`dt`,{children:r(`requester`)}),(0,U.jsxs)(`dd`,{children:[l.requester.name,l.requester.phone?` · ${l.requester.phone}`:``]}),(0,U.jsx)(`dt`,{children:r(`participants`)}),(0,U.jsx)(`dd`,{children:l.participants}),(0,U.jsx)(`dt`,{children:r(`purpose`)}),(0,U.jsx)(`dd`,{children:l.purpose})]})]}),(0,U.jsxs)(t,{children:[(0,U.jsx)(Ve,{booking:l}),(0,U.jsx)(Fe,{agencyId:l.agency.id,roomId:l.room.id})]})]}),l.equipment.length>0&&(0,U.jsxs)(E,{withBorder:!0,children:[(0,U.jsx)(v,{order:2,size:`h4`,mb:`xs`,children:r(`equipment.title`)}),(0,U.jsx)(k.ScrollContainer,{minWidth:480,children:(0,U.jsxs)(k,{children:[(0,U.jsx)(k.Thead,{children:(0,U.jsxs)(k.Tr,{children:[(0,U.jsx)(k.Th,{children:r(`equipment.item`)}),(0,U.jsx)(k.Th,{children:r(`equipment.requested`)}),(0,U.jsx)(k.Th,{children:r(`equipment.free`)}),(0,U.jsx)(k.Th,{children:r(`equipment.approved`)})]})}),(0,U.jsx)(k.Tbody,{children:l.equipment.map(e=>{let t=m.get(e.equipment.id);return(0,U.jsxs)(k.Tr,{children:[(0,U.jsx)(k.Td,{children:e.equipment.name}),(0,U.jsxs)(k.Td,{children:[e.requestedQuantity,` `,e.equipment.unit]}),(0,U.jsxs)(k.Td,{children:[t?t.freeQuantity:`–`,t&&t.shortfall>0&&(0,U.jsxs)(p,{component:`span`,c:`red.8`,fw:600,children:[` `,r(`equipment.shortfall`,{count:t.shortfall})]})]}),(0,U.jsx)(k.Td,{children:e.approvedQuantity??`–`})]},e.equipment.id)})})]})})]}),(0,U.jsx)(Le,{booking:l})]})}export{Je as default};