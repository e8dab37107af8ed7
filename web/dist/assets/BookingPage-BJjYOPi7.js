import{$ as e,A as t,At as n,B as r,C as i,D as a,Dt as o,F as s,H as c,J as l,M as u,N as d,Ot as f,P as p,T as m,X as h,Y as g,b as _,bt as v,k as y,m as b,mt as x,ot as S,p as C,q as w,r as T,tt as E}from"./index-D9bkC2R6.js";import{t as D}from"./Card-Oe0LSC-f.js";import{t as O}from"./Group-CGqIaPt4.js";import{t as k}from"./SimpleGrid-CrbOvPhi.js";import{t as A}from"./Table-bb7ISn6k.js";import{t as j}from"./StatusBadge-CJNPSNUx.js";import{a as M,i as N,l as P,o as ee,r as te,s as F}from"./time-DCC4qMpP.js";import{t as I}from"./useLang-BQw1AP_a.js";import{n as L,t as R}from"./useRefresh-63N79GMo.js";import{n as ne,o as z,r as B,s as re}from"./shared-Cspaag4h.js";import{t as V}from"./ReportDocument-CfWRWwa7.js";import{t as ie}from"./NumberInput-Dz0zQH54.js";import{t as ae}from"./Textarea-CyDSv7zB.js";import{t as H}from"./TextInput-CxD4SwT0.js";import{t as oe}from"./userErrors-Cr6JY8N_.js";import{t as U}from"./Select-DLxN3zkE.js";import{t as se}from"./CopyButton-Bg4-WRy6.js";import{t as ce}from"./get-auto-contrast-value-BTPwFOS2.js";import{t as le}from"./create-safe-context-BHtNJoQw.js";var[ue,de]=le(`Timeline component was not found in tree`),W={root:`m_43657ece`,itemTitle:`m_2ebe8099`,item:`m_436178ff`,itemBullet:`m_8affcee1`,itemBody:`m_540e8f41`,itemOpposite:`m_f3ba506`},G=h(),K=c(e=>{let{classNames:t,className:n,style:i,styles:a,vars:o,__active:s,__align:c,__lineActive:u,__vars:d,bullet:f,opposite:p,alternate:m,radius:h,color:_,lineVariant:v,children:y,title:b,mod:S,...C}=l(`TimelineItem`,null,e),w=de(),T=g(),D={classNames:t,styles:a},O=c===`left`&&!!m||c===`right`&&!m,k=p!=null&&(0,G.jsx)(`div`,{...w.getStyles(`itemOpposite`,D),children:p}),A=(0,G.jsxs)(`div`,{...w.getStyles(`itemBody`,D),children:[b&&(0,G.jsx)(`div`,{...w.getStyles(`itemTitle`,D),children:b}),(0,G.jsx)(`div`,{...w.getStyles(`itemContent`,D),children:y})]});return(0,G.jsxs)(r,{...w.getStyles(`item`,{...D,className:n,style:i}),mod:[{"line-active":u,active:s,alternate:m},S],__vars:{"--tli-radius":h===void 0?void 0:x(h),"--tli-color":_?E(_,T):void 0,"--tli-border-style":v||void 0},...C,children:[O?A:k,(0,G.jsx)(r,{...w.getStyles(`itemBullet`,D),mod:{"with-child":!!f,align:c,active:s},children:f}),O?k:A]})});K.classes=W,K.displayName=`@mantine/core/TimelineItem`;var q=n(f(),1),fe={active:-1,align:`left`},J=S((t,{bulletSize:n,lineWidth:r,radius:i,color:a,autoContrast:o})=>({root:{"--tl-bullet-size":v(n),"--tl-line-width":v(r),"--tl-radius":i===void 0?void 0:x(i),"--tl-color":a?E(a,t):void 0,"--tl-icon-color":ce(o,t)?e({color:a,theme:t,autoContrast:o}):void 0}})),Y=c(e=>{let t=l(`Timeline`,fe,e),{classNames:n,className:i,style:a,styles:o,unstyled:s,vars:c,children:u,active:d,color:f,radius:p,bulletSize:m,align:h,lineWidth:g,reverseActive:_,mod:v,autoContrast:y,attributes:b,...x}=t,S=w({name:`Timeline`,classes:W,props:t,className:i,style:a,classNames:n,styles:o,unstyled:s,attributes:b,vars:c,varsResolver:J}),C=q.Children.toArray(u),T=C.some(e=>e.props?.opposite!=null),E=C.map((e,t)=>(0,q.cloneElement)(e,{unstyled:s,__align:h,__active:e.props?.active||(_?d>=C.length-t-1:d>=t),__lineActive:e.props?.lineActive||(_?d>=C.length-t-1:d-1>=t)}));return(0,G.jsx)(ue,{value:{getStyles:S},children:(0,G.jsx)(r,{...S(`root`),mod:[{align:h,opposite:T},v],...x,children:E})})});Y.classes=W,Y.varsResolver=J,Y.displayName=`@mantine/core/Timeline`,Y.Item=K;var X=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`BookingPage_booking`,selections:[e,t,n,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[e,r,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[e,r],storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[e,r,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[e],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[e,t],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null}],storageKey:null},{args:null,kind:`FragmentSpread`,name:`CheckIn_booking`},{args:null,kind:`FragmentSpread`,name:`Actions_booking`},{args:null,kind:`FragmentSpread`,name:`History_booking`},{args:null,kind:`FragmentSpread`,name:`Letter_booking`},{args:null,kind:`FragmentSpread`,name:`Suggestions_booking`}],type:`Booking`,abstractKey:null}})();X.hash=`b3121eff6226fa81506504a5dfc47af7`;var pe=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[n,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`BookingPageSubscription`,selections:[{alias:null,args:t,concreteType:`Booking`,kind:`LinkedField`,name:`bookingChanged`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null}],type:`Subscription`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`BookingPageSubscription`,selections:[{alias:null,args:t,concreteType:`Booking`,kind:`LinkedField`,name:`bookingChanged`,plural:!1,selections:[n,r,i,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[n,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},n],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[i,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,n],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`6dd70d9af9ecbeb5c1f39a61f20305f7`,id:`c91cd8d4fee22fc71e055493dd9e6b0257c9db0bc2cb6f98873acdc6aa85270e`,metadata:{},name:`BookingPageSubscription`,operationKind:`subscription`,text:`subscription BookingPageSubscription(
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
`}}})();pe.hash=`106045792a40b93032b97b2ae957aac6`;var me=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[n,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`BookingPageQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{fragment:{kind:`InlineFragment`,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],type:`Booking`,abstractKey:null},kind:`AliasedInlineFragmentSpread`,name:`booking`}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`BookingPageQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},n,{kind:`InlineFragment`,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[n,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},n],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[i,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,n],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null}],storageKey:null}]},params:{cacheID:`3c84a3086aa2c0d1234079ad0fb080d8`,id:`075f37af6467e028347835968e377461309dacb3de71f8b66be155f7e883eaa6`,metadata:{},name:`BookingPageQuery`,operationKind:`query`,text:`query BookingPageQuery(
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
`}}})();me.hash=`0ad9d22391dcd92fefb45339f0c13187`;var Z=a(),he=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`CheckInMutation`,selections:[{alias:null,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`checkIn`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`CheckInMutation`,selections:[{alias:null,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`checkIn`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`acff76ccc13909941dc67bd98a739551`,id:`6848cf65a82349b7612f1e93205cdabea49caf9e073aa7cb3bef9335977471ba`,metadata:{},name:`CheckInMutation`,operationKind:`mutation`,text:`mutation CheckInMutation(
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
`}}})();he.hash=`94d44d2240d13456d419d31fc3842cb9`;var ge={argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`CheckIn_booking`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null};ge.hash=`df5c68191c48572a0322a7d42ea199d1`;var _e=9e5;function ve({booking:e}){let{t}=o(`after`),n=I(),r=R(15e3),i=(0,Z.useFragment)(ge,e),[a,c]=(0,q.useState)([]),[l,d]=(0,Z.useMutation)(he);if(i.status===`NO_SHOW`)return(0,G.jsx)(s,{color:`gray`,role:`status`,title:t(`noShow.title`),styles:ne,children:t(`noShow.text`,{minutes:i.room.noShowGraceMinutes??15})});if(i.checkedInAt)return(0,G.jsx)(p,{role:`status`,c:`dark.8`,fw:600,children:t(`checkIn.done`,{time:M(i.checkedInAt,n)})});let f=new Date(i.startsAt).getTime(),m=new Date(i.endsAt).getTime();if(!i.availableActions.includes(`CHECK_IN`)||r>=m)return null;let h=r>=f-_e;return(0,G.jsxs)(O,{gap:`sm`,children:[(0,G.jsx)(u,{color:`green`,disabled:!h,loading:d,onClick:()=>l({variables:{input:{bookingId:i.id}},onCompleted:({checkIn:e})=>c(e.errors),onError:()=>c(z(t(`network`)))}),children:t(`checkIn.button`)}),(0,G.jsx)(p,{size:`sm`,children:h?i.room.noShowGraceMinutes==null?t(`checkIn.open`):t(`checkIn.grace`,{minutes:i.room.noShowGraceMinutes,time:M(i.startsAt,n)}):t(`checkIn.opensAt`,{time:M(f-_e,n)})}),(0,G.jsx)(B,{errors:a})]})}var ye=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t=[e];return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`Actions_booking`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:t,storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:t,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null}})();ye.hash=`d26950562ffd757e431d71c1d57db87e`;var be=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsCancelMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`cancelBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsCancelMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`cancelBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`e6e2f793af12f73c436f643c073202f9`,id:`2bbe7d0a9db5c3ec5a222434c4d70801a2d2f145de0c2f89d475d28919448454`,metadata:{},name:`ActionsCancelMutation`,operationKind:`mutation`,text:`mutation ActionsCancelMutation(
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
`}}})();be.hash=`00c3063d5791e8ccc8bf459dd312e0a2`;var xe=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsApproveMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`approveBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsApproveMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`approveBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`64c5b4947a381e158e4ddbc69ff6f4a7`,id:`df909ae2f95f2232dcd0d7ae3fe94bf664e5e63c605f9331b2959549c75d254c`,metadata:{},name:`ActionsApproveMutation`,operationKind:`mutation`,text:`mutation ActionsApproveMutation(
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
`}}})();xe.hash=`beec5a66ce54a820c4031298e7fe9dfc`;var Se=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsValidateMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`validateBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsValidateMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`validateBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`8229a17cc614deec4ddd60f04b5af28f`,id:`de0e4125096e5cc6232ec65307e040eacd5323a7b5891c156670d2da50b1ae77`,metadata:{},name:`ActionsValidateMutation`,operationKind:`mutation`,text:`mutation ActionsValidateMutation(
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
`}}})();Se.hash=`5bb1ad5021784bd51d7da042ad9b6821`;var Ce=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsDecideMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`decideEquipmentShortfall`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsDecideMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`decideEquipmentShortfall`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`fd9139102a5b447d65b86d28ca8357af`,id:`9159865611a64cdf1c5a9a699b1648bf52bd67b8d364c46b8f595239b2cea209`,metadata:{},name:`ActionsDecideMutation`,operationKind:`mutation`,text:`mutation ActionsDecideMutation(
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
`}}})();Ce.hash=`bb6a69246c774f7537e874b0832b5cba`;var we=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsReviewMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`reviewEquipment`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsReviewMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`reviewEquipment`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`9a115d3b484ad2fcac26faf536eaa3c3`,id:`4ae82125412cf4969b8606467412d8b43e6c324606d2e865450de142267c5319`,metadata:{},name:`ActionsReviewMutation`,operationKind:`mutation`,text:`mutation ActionsReviewMutation(
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
`}}})();we.hash=`baf449bf38fd4bda9de6412aeb804923`;var Te=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsRejectMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`rejectBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsRejectMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`rejectBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`6d101d15321c46b6a54333b4c0cb74ca`,id:`b489382401090b1abbafc328a630f55c10b49a9fa33449637c23624a1ebc9a05`,metadata:{},name:`ActionsRejectMutation`,operationKind:`mutation`,text:`mutation ActionsRejectMutation(
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
`}}})();Te.hash=`8ca427341e9f567e5fb3c631afc5219b`;var Ee=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsResubmitMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`resubmitBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsResubmitMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`resubmitBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`32acf946ad76e0ca532467a086332265`,id:`a5a7a31aa1993636a0db751c17ca8fca16bcca5a865e955cad6531aaa5803d4b`,metadata:{},name:`ActionsResubmitMutation`,operationKind:`mutation`,text:`mutation ActionsResubmitMutation(
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
`}}})();Ee.hash=`ee1f2e1acea7d9f454e7e8b5a27548ae`;var De=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsRevisionMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`requestRevision`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsRevisionMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`requestRevision`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`328ce818f0189446b1c8f31616c142f4`,id:`87e62d058d6b5650c5bc46339193355d13907603274dc07a6fc20a5c17b7b82a`,metadata:{},name:`ActionsRevisionMutation`,operationKind:`mutation`,text:`mutation ActionsRevisionMutation(
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
`}}})();De.hash=`5716058cb5cfa74f50aee2faf11c543d`;var Oe=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsVerifyMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`verifyBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsVerifyMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`verifyBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`9ba997920e749fd8816c24b889327b4f`,id:`da1404026db213f8f3147756377032b26759b81111e8b4fc02623143b0538376`,metadata:{},name:`ActionsVerifyMutation`,operationKind:`mutation`,text:`mutation ActionsVerifyMutation(
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
`}}})();Oe.hash=`f46961ba1ca48cc1869d14c5ab8d1913`;var ke=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`RoomConnection`,kind:`LinkedField`,name:`rooms`,plural:!1,selections:[{alias:null,args:null,concreteType:`RoomEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`rooms(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`RoomChoiceQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`RoomChoiceQuery`,selections:e},params:{cacheID:`5785d5316c632265f901837d6001f1f4`,id:`eba0855c8c95b743be7337726d7ca9e41d4313f459d549efe03055f408ee9f7e`,metadata:{},name:`RoomChoiceQuery`,operationKind:`query`,text:`query RoomChoiceQuery {
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
`}}})();ke.hash=`03274a5f9f0beaf848067de5d6f02625`;var Ae=ke;function je({value:e,onChange:t,error:n,label:r}){let i=(0,Z.useLazyLoadQuery)(Ae,{},{fetchPolicy:`store-or-network`});return(0,G.jsx)(U,{label:r,data:i.rooms.edges.map(({node:e})=>({value:e.id,label:`${e.name} (${e.capacity})`})),value:e,onChange:e=>e&&t(e),searchable:!0,error:n,allowDeselect:!1})}var Q={VERIFY:Oe,REQUEST_REVISION:De,RESUBMIT:Ee,REJECT:Te,REVIEW_EQUIPMENT:we,PROCEED_WITH_SHORTFALL:Ce,VALIDATE:Se,APPROVE:xe,CANCEL:be};Q.WITHDRAW=Q.PROCEED_WITH_SHORTFALL;var Me=[`VERIFY`,`REVIEW_EQUIPMENT`,`VALIDATE`,`APPROVE`,`RESUBMIT`,`PROCEED_WITH_SHORTFALL`,`WITHDRAW`,`REQUEST_REVISION`,`REJECT`,`CANCEL`],$=new Set([`REJECT`,`CANCEL`,`WITHDRAW`]);function Ne({booking:e}){let{t}=o(`booking`),n=(0,Z.useFragment)(ye,e),[r,i]=(0,q.useState)(null),a=Me.filter(e=>n.availableActions.includes(e)),s=n.availableActions.includes(`REPORT`);return a.length===0&&!s?null:(0,G.jsxs)(G.Fragment,{children:[(0,G.jsxs)(O,{gap:`xs`,role:`group`,"aria-label":t(`actions.label`),children:[a.map(e=>(0,G.jsx)(u,{color:$.has(e)?`red`:void 0,variant:$.has(e)?`light`:`filled`,onClick:()=>i(e),children:t(`actions.${e}.button`)},e)),s&&(0,G.jsx)(u,{component:_,to:`/bookings/${n.id}/report`,variant:`light`,children:t(`actions.REPORT.button`)})]}),r&&(0,G.jsx)(Pe,{action:r,booking:n,onClose:()=>i(null)})]})}function Pe({action:e,booking:n,onClose:r}){let{t:i}=o(`booking`),a=(0,Z.useRelayEnvironment)(),c=e===`REJECT`||e===`CANCEL`,l=e===`REQUEST_REVISION`,[d,f]=(0,q.useState)(``),[m,h]=(0,q.useState)(!1),[g,_]=(0,q.useState)([]),[v,y]=(0,q.useState)(ee(n.startsAt)),[b,x]=(0,q.useState)(P(n.startsAt)),[S,C]=(0,q.useState)(P(n.endsAt)),[w,T]=(0,q.useState)(n.room.id),[E,D]=(0,q.useState)(n.title),[j,M]=(0,q.useState)(n.purpose),[N,te]=(0,q.useState)(n.participants),I=new Map(n.equipmentCheck.map(e=>[e.equipment.id,e.freeQuantity])),[L,R]=(0,q.useState)(()=>Object.fromEntries(n.equipment.map(e=>[e.equipment.id,Math.min(e.requestedQuantity,I.get(e.equipment.id)??e.requestedQuantity)])));function ne(){let t=d.trim()||null,r=()=>{let e=F(v,b),t=F(v,S);return{startsAt:new Date(e).getTime()===new Date(n.startsAt).getTime()?null:e,endsAt:new Date(t).getTime()===new Date(n.endsAt).getTime()?null:t}};switch(e){case`REJECT`:case`CANCEL`:return{bookingId:n.id,reason:d.trim()};case`PROCEED_WITH_SHORTFALL`:return{bookingId:n.id,proceed:!0,note:t};case`WITHDRAW`:return{bookingId:n.id,proceed:!1,note:t};case`REVIEW_EQUIPMENT`:return{bookingId:n.id,note:t,lines:Object.entries(L).map(([e,t])=>({equipmentId:e,approvedQuantity:t}))};case`APPROVE`:return{bookingId:n.id,note:t,roomId:w===n.room.id?null:w,...r()};case`RESUBMIT`:return{bookingId:n.id,note:t,...r(),title:E.trim()===n.title?null:E.trim(),purpose:j.trim()===n.purpose?null:j.trim(),participants:N===n.participants?null:N};default:return{bookingId:n.id,note:t}}}function z(t){t.preventDefault(),m||((c||l)&&!d.trim()?_([{code:`VALIDATION`,message:i(c?`actions.reasonRequired`:`actions.noteRequired`),field:c?`reason`:`note`}]):(h(!0),_([]),(0,Z.commitMutation)(a,{mutation:Q[e],variables:{input:ne()},onCompleted:e=>{h(!1);let{result:t}=e;t.errors.length?_(t.errors):r()},onError:()=>{h(!1),_([{code:`NETWORK`,message:i(`actions.network`),field:null}])}})))}let{byField:B,general:V}=oe(g,[`reason`,`note`,`startsAt`,`endsAt`,`roomId`,`lines`,`title`,`purpose`,`participants`]),U=i(c?`actions.reason`:l?`actions.revisionNote`:`actions.note`);return(0,G.jsx)(re,{opened:!0,onClose:r,title:i(`actions.${e}.title`),size:`lg`,closeButtonProps:{"aria-label":i(`actions.close`)},children:(0,G.jsx)(`form`,{onSubmit:z,noValidate:!0,children:(0,G.jsxs)(t,{children:[(0,G.jsx)(p,{size:`sm`,children:i(`actions.${e}.help`)}),V.length>0&&(0,G.jsx)(s,{color:`red`,role:`alert`,children:V.map(e=>(0,G.jsx)(p,{size:`sm`,children:e.message},e.message))}),e===`REVIEW_EQUIPMENT`&&(0,G.jsxs)(A,{children:[(0,G.jsx)(A.Thead,{children:(0,G.jsxs)(A.Tr,{children:[(0,G.jsx)(A.Th,{children:i(`equipment.item`)}),(0,G.jsx)(A.Th,{children:i(`equipment.requested`)}),(0,G.jsx)(A.Th,{children:i(`equipment.free`)}),(0,G.jsx)(A.Th,{children:i(`equipment.approved`)})]})}),(0,G.jsx)(A.Tbody,{children:n.equipment.map(e=>(0,G.jsxs)(A.Tr,{children:[(0,G.jsx)(A.Td,{children:e.equipment.name}),(0,G.jsx)(A.Td,{children:e.requestedQuantity}),(0,G.jsx)(A.Td,{children:I.get(e.equipment.id)??`–`}),(0,G.jsx)(A.Td,{children:(0,G.jsx)(ie,{"aria-label":i(`actions.approvedFor`,{item:e.equipment.name}),min:0,max:e.requestedQuantity,value:L[e.equipment.id],onChange:t=>R({...L,[e.equipment.id]:Number(t)||0}),w:90})})]},e.equipment.id))})]}),(e===`APPROVE`||e===`RESUBMIT`)&&(0,G.jsxs)(G.Fragment,{children:[e===`APPROVE`&&(0,G.jsx)(je,{value:w,onChange:T,error:B.roomId,label:i(`actions.room`)}),(0,G.jsxs)(k,{cols:{base:1,xs:3},children:[(0,G.jsx)(H,{type:`date`,label:i(`actions.date`),value:v,onChange:e=>y(e.currentTarget.value)}),(0,G.jsx)(H,{type:`time`,label:i(`actions.start`),value:b,onChange:e=>x(e.currentTarget.value),error:B.startsAt}),(0,G.jsx)(H,{type:`time`,label:i(`actions.end`),value:S,onChange:e=>C(e.currentTarget.value),error:B.endsAt})]})]}),e===`RESUBMIT`&&(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(H,{label:i(`actions.eventTitle`),value:E,onChange:e=>D(e.currentTarget.value),error:B.title}),(0,G.jsx)(ae,{label:i(`purpose`),value:j,onChange:e=>M(e.currentTarget.value),autosize:!0,minRows:2,error:B.purpose}),(0,G.jsx)(ie,{label:i(`participants`),value:N,min:1,onChange:e=>te(Number(e)||1),maw:200,error:B.participants})]}),(0,G.jsx)(ae,{label:U,value:d,onChange:e=>f(e.currentTarget.value),required:c||l,autosize:!0,minRows:2,error:B.reason??B.note,"data-autofocus":!0}),(0,G.jsxs)(O,{justify:`flex-end`,children:[(0,G.jsx)(u,{variant:`default`,onClick:r,children:i(`actions.close`)}),(0,G.jsx)(u,{type:`submit`,loading:m,color:$.has(e)?`red`:void 0,children:i(`actions.${e}.confirm`)})]})]})})})}var Fe=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RotateCalendarTokenPayload`,kind:`LinkedField`,name:`rotateCalendarToken`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`CalendarLinkMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`CalendarLinkMutation`,selections:t},params:{cacheID:`4d8ce2a5ad35f68dad60569b1ee0ade8`,id:`3a745bb20a672b012eab70897bb934ed13791ca2710be8f607274397ff3d1b11`,metadata:{},name:`CalendarLinkMutation`,operationKind:`mutation`,text:`mutation CalendarLinkMutation(
  $input: RotateCalendarTokenInput!
) {
  rotateCalendarToken(input: $input) {
    url
    errors {
      message
    }
  }
}
`}}})();Fe.hash=`170f1cb1a392f544e5aec300671ef52a`;function Ie({agencyId:e,roomId:t}){let{t:n}=o(`booking`),r=b(),[i,a]=(0,q.useState)(null),[s,c]=(0,q.useState)(null),[l,d]=(0,Z.useMutation)(Fe),f=C(r,`SERVICE_OFFICER`,`SERVICE_HEAD`,`ADMIN`),m=C(r,`REQUESTER`);if(!f&&!m)return null;let h=m?{agencyId:e}:{roomId:t};return(0,G.jsxs)(D,{withBorder:!0,children:[(0,G.jsx)(y,{order:2,size:`h4`,mb:`xs`,children:n(`calendar.title`)}),(0,G.jsx)(p,{size:`sm`,c:`dimmed`,children:n(m?`calendar.agency`:`calendar.room`)}),i?(0,G.jsxs)(O,{mt:`xs`,align:`end`,wrap:`nowrap`,children:[(0,G.jsx)(H,{label:n(`calendar.link`),value:i,readOnly:!0,style:{flex:1},onFocus:e=>e.currentTarget.select()}),(0,G.jsx)(se,{value:i,children:({copied:e,copy:t})=>(0,G.jsx)(u,{onClick:t,variant:e?`filled`:`light`,children:n(e?`calendar.copied`:`calendar.copy`)})})]}):(0,G.jsx)(u,{mt:`xs`,size:`xs`,variant:`light`,loading:d,onClick:()=>l({variables:{input:h},onCompleted:({rotateCalendarToken:e})=>{a(e.url??null),c(e.errors[0]?.message??null)}}),children:n(`calendar.make`)}),s&&(0,G.jsx)(p,{c:`red`,size:`sm`,role:`alert`,children:s}),(0,G.jsx)(p,{size:`xs`,c:`dimmed`,mt:4,children:n(`calendar.warning`)})]})}var Le={argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`History_booking`,selections:[{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null};Le.hash=`7ef6c710606d38bf67face97488aa8bb`;function Re({booking:e}){let{t}=o(`booking`),n=I(),r=(0,Z.useFragment)(Le,e);return(0,G.jsxs)(D,{withBorder:!0,component:`section`,"aria-labelledby":`history-title`,children:[(0,G.jsx)(y,{order:2,size:`h4`,mb:`sm`,id:`history-title`,children:t(`history.title`)}),(0,G.jsx)(Y,{active:r.history.length-1,bulletSize:14,lineWidth:2,children:r.history.map(e=>(0,G.jsxs)(Y.Item,{title:t(`action.${e.action}`),children:[(0,G.jsxs)(p,{size:`sm`,children:[e.actor?e.actor.name:t(`history.system`),e.actorRole?` (${t(`role.${e.actorRole}`,{ns:`common`})})`:``,` · `,te(e.at,n)]}),(0,G.jsxs)(p,{size:`sm`,c:`dimmed`,children:[e.fromStatus?`${t(`status.${e.fromStatus}`,{ns:`common`})} → `:``,t(`status.${e.toStatus}`,{ns:`common`})]}),e.note&&(0,G.jsxs)(p,{size:`sm`,fs:`italic`,children:[`“`,e.note,`”`]})]},`${e.at}-${e.action}-${e.toStatus}`))})]})}var ze={argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`Letter_booking`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null};ze.hash=`312aa46613fdcdc6fa5cd7704c1ceadc`;var Be=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={kind:`InlineFragment`,selections:[{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`downloadUrl`,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`LetterUrlQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[n],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`LetterUrlQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},n,{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null}]},params:{cacheID:`9b38867a8f1f564e5e3fcf6ce7e0d87d`,id:`325356b609505b6549348dceef05c336ec1796a0ed28811aac848106e3aea560`,metadata:{},name:`LetterUrlQuery`,operationKind:`query`,text:`query LetterUrlQuery(
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
`}}})();Be.hash=`5928d2761aaee23c371857b83697c14c`;var Ve=Be;function He({booking:e}){let{t}=o(`booking`),n=(0,Z.useRelayEnvironment)(),r=(0,Z.useFragment)(ze,e),[i,a]=(0,q.useState)(null);if(!r.letter)return null;let s=r.letter,c=async()=>(await(0,Z.fetchQuery)(n,Ve,{id:r.id}).toPromise())?.node?.letter?.downloadUrl??null,l=s.contentType===`application/pdf`;return(0,G.jsxs)(D,{withBorder:!0,children:[(0,G.jsx)(y,{order:2,size:`h4`,mb:`xs`,children:t(`letter.title`)}),(0,G.jsxs)(p,{size:`sm`,c:`dimmed`,children:[l?`PDF`:s.contentType.replace(`image/`,``).toUpperCase(),` · `,Math.ceil(s.size/1024),` KB`]}),(0,G.jsxs)(O,{mt:`xs`,children:[(0,G.jsx)(u,{size:`xs`,variant:`light`,onClick:async()=>a(i?null:await c()),"aria-expanded":i!==null,children:t(i?`letter.hide`:`letter.preview`)}),(0,G.jsx)(u,{size:`xs`,variant:`default`,onClick:async()=>{let e=await c();if(!e)return;let t=document.createElement(`a`);t.href=e,t.download=`${r.reference}`,t.rel=`noopener`,document.body.appendChild(t),t.click(),t.remove()},children:t(`letter.download`)})]}),i&&(l?(0,G.jsx)(`iframe`,{src:i,title:t(`letter.title`),style:{width:`100%`,height:480,border:0,marginTop:8}}):(0,G.jsx)(`img`,{src:i,alt:t(`letter.title`),style:{maxWidth:`100%`,marginTop:8}}))]})}var Ue=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},l=[r,c];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`SuggestionsMutation`,selections:[{alias:null,args:t,concreteType:`AcceptRescheduleSuggestionPayload`,kind:`LinkedField`,name:`acceptRescheduleSuggestion`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`SuggestionsMutation`,selections:[{alias:null,args:t,concreteType:`AcceptRescheduleSuggestionPayload`,kind:`LinkedField`,name:`acceptRescheduleSuggestion`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,a,{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`noShowGraceMinutes`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},c],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,c,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},{alias:null,args:null,concreteType:`LeadershipDocument`,kind:`LinkedField`,name:`document`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null}],storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`checkedInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[c,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[o,s,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:l,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`51127b0fc57c72acfaafd66b435d2915`,id:`e76306c5783289fd5ca336669d5474787ebd1ea177f5237927a11002e54915bf`,metadata:{},name:`SuggestionsMutation`,operationKind:`mutation`,text:`mutation SuggestionsMutation(
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
`}}})();Ue.hash=`ef6ea14db5d198f396afb09250f9c1a0`;var We=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`Suggestions_booking`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null}})();We.hash=`36370f334e4460444d0c49fc41ab68bd`;function Ge({booking:e}){let{t:n}=o(`booking`),r=I(),i=(0,Z.useFragment)(We,e),[a,c]=(0,q.useState)(null),[l,d]=(0,Z.useMutation)(Ue);if(i.status!==`RESCHEDULE_REQUIRED`)return null;let f=i.availableActions.includes(`ACCEPT_SUGGESTION`);return(0,G.jsx)(s,{color:`orange`,title:n(`suggestions.title`),children:(0,G.jsxs)(t,{gap:`xs`,children:[(0,G.jsx)(p,{size:`sm`,children:n(`suggestions.intro`)}),i.rescheduleSuggestions.length===0&&(0,G.jsx)(p,{size:`sm`,children:n(`suggestions.none`)}),i.rescheduleSuggestions.map(e=>(0,G.jsxs)(O,{justify:`space-between`,wrap:`wrap`,children:[(0,G.jsxs)(p,{size:`sm`,children:[e.room.name,` · `,N(e.startsAt,e.endsAt,r)]}),f&&(0,G.jsx)(u,{size:`xs`,loading:d,"aria-label":n(`suggestions.takeLabel`,{room:e.room.name,when:N(e.startsAt,e.endsAt,r)}),onClick:()=>l({variables:{input:{bookingId:i.id,roomId:e.room.id,startsAt:e.startsAt}},onCompleted:({acceptRescheduleSuggestion:e})=>c(e.errors[0]?.message??null)}),children:n(`suggestions.take`)})]},`${e.room.id}${e.startsAt}`)),a&&(0,G.jsx)(p,{c:`red`,size:`sm`,role:`alert`,children:a})]})})}var Ke=me,qe=pe,Je=X;function Ye(){let{bookingId:e=``}=m(),t=L(),n=(0,Z.useLazyLoadQuery)(Ke,{id:e},{fetchPolicy:`store-and-network`,fetchKey:t}).node?.booking;return n?(0,G.jsx)(Xe,{booking:n,id:e}):(0,G.jsx)(T,{})}function Xe({booking:e,id:n}){let{t:r}=o(`booking`),a=I(),c=i(),l=(0,Z.useFragment)(Je,e),u=(0,q.useMemo)(()=>({subscription:qe,variables:{id:n}}),[n]);(0,Z.useSubscription)(u);let f=c.state?.submitted,m=new Map(l.equipmentCheck.map(e=>[e.equipment.id,e]));return(0,G.jsxs)(t,{children:[f&&(0,G.jsx)(s,{color:`green`,role:`status`,children:r(`submitted`,{reference:f})}),(0,G.jsx)(O,{justify:`space-between`,align:`start`,wrap:`wrap`,children:(0,G.jsxs)(t,{gap:2,children:[(0,G.jsxs)(p,{c:`dimmed`,size:`sm`,children:[l.reference,l.series&&(0,G.jsxs)(G.Fragment,{children:[` · `,r(`seriesOf`,{reference:l.series.reference})]})]}),(0,G.jsx)(y,{order:1,children:l.title}),(0,G.jsxs)(O,{gap:`xs`,children:[(0,G.jsx)(j,{status:l.status}),l.step&&(0,G.jsx)(p,{size:`sm`,c:`dimmed`,children:r(`waitingOn`,{n:l.step.number,name:l.step.name})})]})]})}),(0,G.jsx)(ve,{booking:l}),(0,G.jsx)(Ne,{booking:l}),l.report&&(0,G.jsx)(V,{document:l.report.document,title:l.title}),(0,G.jsx)(Ge,{booking:l}),(0,G.jsxs)(k,{cols:{base:1,md:2},children:[(0,G.jsxs)(D,{withBorder:!0,children:[(0,G.jsx)(y,{order:2,size:`h4`,mb:`xs`,children:r(`details`)}),(0,G.jsxs)(`dl`,{className:`facts`,children:[(0,G.jsx)(`dt`,{children:r(`when`)}),(0,G.jsx)(`dd`,{children:N(l.startsAt,l.endsAt,a)}),(0,G.jsx)(`dt`,{children:r(`room`)}),(0,G.jsx)(`dd`,{children:(0,G.jsx)(d,{component:_,to:`/rooms/${l.room.id}`,children:l.room.name})}),(0,G.jsx)(`dt`,{children:r(`agency`)}),(0,G.jsx)(`dd`,{children:l.agency.name}),(0,G.jsx)(`dt`,{children:r(`requester`)}),(0,G.jsxs)(`dd`,{children:[l.requester.name,l.requester.phone?` · ${l.requester.phone}`:``]}),(0,G.jsx)(`dt`,{children:r(`participants`)}),(0,G.jsx)(`dd`,{children:l.participants}),(0,G.jsx)(`dt`,{children:r(`purpose`)}),(0,G.jsx)(`dd`,{children:l.purpose})]})]}),(0,G.jsxs)(t,{children:[(0,G.jsx)(He,{booking:l}),(0,G.jsx)(Ie,{agencyId:l.agency.id,roomId:l.room.id})]})]}),l.equipment.length>0&&(0,G.jsxs)(D,{withBorder:!0,children:[(0,G.jsx)(y,{order:2,size:`h4`,mb:`xs`,children:r(`equipment.title`)}),(0,G.jsx)(A.ScrollContainer,{minWidth:480,children:(0,G.jsxs)(A,{children:[(0,G.jsx)(A.Thead,{children:(0,G.jsxs)(A.Tr,{children:[(0,G.jsx)(A.Th,{children:r(`equipment.item`)}),(0,G.jsx)(A.Th,{children:r(`equipment.requested`)}),(0,G.jsx)(A.Th,{children:r(`equipment.free`)}),(0,G.jsx)(A.Th,{children:r(`equipment.approved`)})]})}),(0,G.jsx)(A.Tbody,{children:l.equipment.map(e=>{let t=m.get(e.equipment.id);return(0,G.jsxs)(A.Tr,{children:[(0,G.jsx)(A.Td,{children:e.equipment.name}),(0,G.jsxs)(A.Td,{children:[e.requestedQuantity,` `,e.equipment.unit]}),(0,G.jsxs)(A.Td,{children:[t?t.freeQuantity:`–`,t&&t.shortfall>0&&(0,G.jsxs)(p,{component:`span`,c:`red.8`,fw:600,children:[` `,r(`equipment.shortfall`,{count:t.shortfall})]})]}),(0,G.jsx)(A.Td,{children:e.approvedQuantity??`–`})]},e.equipment.id)})})]})})]}),(0,G.jsx)(Re,{booking:l})]})}export{Ye as default};