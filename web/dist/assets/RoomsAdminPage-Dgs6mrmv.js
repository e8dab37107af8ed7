import{t as e}from"./Badge-BVZGGrgX.js";import{$ as t,A as n,At as r,B as i,D as a,Dt as o,G as s,H as c,J as l,M as u,Ot as d,P as f,U as p,X as m,bt as h,ct as g,gt as _,k as v,mt as y,nt as b,ot as x,q as S,tt as C,z as w}from"./index-Be3tLCc4.js";import{t as T}from"./Group-Dwl0BDqv.js";import{t as ee}from"./Modal-D9I5NSP-.js";import{t as E}from"./NumberInput-DzepVaN1.js";import{t as D}from"./get-auto-contrast-value-BTPwFOS2.js";import{r as O,t as te}from"./InlineInput-5Uoyf-7m.js";import{t as k}from"./Input-BlZL_ch6.js";import{t as A}from"./use-uncontrolled-kauXxJ7I.js";import{x as ne}from"./floating-ui.react-BMc7FuM2.js";import{t as j}from"./SimpleGrid-B6vzBtEK.js";import{t as M}from"./Table-DJ2BR8nB.js";import{t as N}from"./Textarea-D5a52Dcr.js";import{t as P}from"./TextInput-CapCGyax.js";import{a as re,o as F,r as I,t as L}from"./shared-BtomDgi0.js";import{n as R}from"./logic-Ce0bthD8.js";var z=m();function B({size:e,style:t,...n}){return(0,z.jsx)(`svg`,{xmlns:`http://www.w3.org/2000/svg`,fill:`none`,viewBox:`0 0 5 5`,style:{width:h(e),height:h(e),...t},"aria-hidden":!0,...n,children:(0,z.jsx)(`circle`,{cx:`2.5`,cy:`2.5`,r:`2.5`,fill:`currentColor`})})}var V=r(d(),1),H=(0,V.createContext)(null),U=p((e=>{let{value:t,defaultValue:n,onChange:r,size:i,wrapperProps:a,children:o,name:s,readOnly:c,disabled:u,...d}=l(`RadioGroup`,null,e),f=g(s),[p,m]=A({value:t,defaultValue:n,finalValue:``,onChange:r});return(0,z.jsx)(H,{value:{value:p,onChange:e=>!c&&m(typeof e==`string`?e:e.currentTarget.value),size:i,name:f,disabled:u},children:(0,z.jsx)(k.Wrapper,{size:i,...a,...d,labelElement:`div`,__staticSelector:`RadioGroup`,children:(0,z.jsx)(O,{role:`radiogroup`,children:o})})})}));U.classes=k.Wrapper.classes,U.displayName=`@mantine/core/RadioGroup`;var W={card:`m_9dc8ae12`},G=(0,V.createContext)(null),ie={withBorder:!0},K=x((e,{radius:t})=>({card:{"--card-radius":y(t)}})),q=c(e=>{let t=l(`RadioCard`,ie,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,checked:c,mod:u,withBorder:d,value:f,onClick:p,name:m,onKeyDown:h,attributes:g,..._}=t,v=S({name:`RadioCard`,classes:W,props:t,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:g,vars:s,varsResolver:K,rootSelector:`card`}),{dir:y}=ne(),b=(0,V.use)(H),x=typeof c==`boolean`?c:b?.value===f||!1,C=m||b?.name,T=e=>{if(h?.(e),C&&[`ArrowDown`,`ArrowUp`,`ArrowLeft`,`ArrowRight`].includes(e.nativeEvent.code)){e.preventDefault();let t=Array.from(document.querySelectorAll(`[role="radio"][name="${C}"]`)),n=t.findIndex(t=>t===e.target),r=n+1>=t.length?0:n+1,i=n-1<0?t.length-1:n-1;e.nativeEvent.code===`ArrowDown`&&(t[r].focus(),t[r].click()),e.nativeEvent.code===`ArrowUp`&&(t[i].focus(),t[i].click()),e.nativeEvent.code===`ArrowLeft`&&(t[y===`ltr`?i:r].focus(),t[y===`ltr`?i:r].click()),e.nativeEvent.code===`ArrowRight`&&(t[y===`ltr`?r:i].focus(),t[y===`ltr`?r:i].click())}};return(0,z.jsx)(G,{value:{checked:x},children:(0,z.jsx)(w,{mod:[{"with-border":d,checked:x},u],...v(`card`),..._,role:`radio`,"aria-checked":x,name:C,onClick:e=>{p?.(e),b?.onChange(f||``)},onKeyDown:T})})});q.displayName=`@mantine/core/RadioCard`,q.classes=W,q.varsResolver=K;var J={indicator:`m_717d7ff6`,icon:`m_3e4da632`,"indicator--outline":`m_2980836c`},ae={icon:B},Y=x((e,{radius:n,color:r,size:i,iconColor:a,variant:o,autoContrast:s})=>{let c=b({color:r||e.primaryColor,theme:e}),l=c.isThemeColor&&c.shade===void 0?`var(--mantine-color-${c.color}-outline)`:c.color;return{indicator:{"--radio-size":_(i,`radio-size`),"--radio-radius":n===void 0?void 0:y(n),"--radio-color":o===`outline`?l:C(r,e),"--radio-icon-size":typeof i==`number`?`calc(${_(i,`radio-size`)} * 0.4)`:_(i,`radio-icon-size`),"--radio-icon-color":a?C(a,e):D(s,e)?t({color:r,theme:e,autoContrast:s}):void 0}}}),X=c(e=>{let t=l(`RadioIndicator`,ae,e),{classNames:n,className:r,style:a,styles:o,unstyled:s,vars:c,icon:u,radius:d,color:f,iconColor:p,autoContrast:m,checked:h,mod:g,variant:_,disabled:v,attributes:y,...b}=t,x=S({name:`RadioIndicator`,classes:J,props:t,className:r,style:a,classNames:n,styles:o,unstyled:s,attributes:y,vars:c,varsResolver:Y,rootSelector:`indicator`}),C=(0,V.use)(G),w=typeof h==`boolean`?h:C?.checked||!1;return(0,z.jsx)(i,{...x(`indicator`,{variant:_}),variant:_,mod:[{checked:w,disabled:v},g],...b,children:(0,z.jsx)(u,{...x(`icon`)})})});X.displayName=`@mantine/core/RadioIndicator`,X.classes=J,X.varsResolver=Y;var oe={root:`m_f3f1af94`,inner:`m_89c4f5e4`,icon:`m_f3ed6b2b`,radio:`m_8a3dbb89`,"radio--outline":`m_1bfe9d39`},se={labelPosition:`right`,withErrorStyles:!0},ce=x((e,{size:n,radius:r,color:i,iconColor:a,variant:o,autoContrast:s})=>{let c=b({color:i||e.primaryColor,theme:e}),l=c.isThemeColor&&c.shade===void 0?`var(--mantine-color-${c.color}-outline)`:c.color;return{root:{"--radio-size":_(n,`radio-size`),"--radio-radius":r===void 0?void 0:y(r),"--radio-color":o===`outline`?l:C(i,e),"--radio-icon-color":a?C(a,e):D(s,e)?t({color:i,theme:e,autoContrast:s}):void 0,"--radio-icon-size":_(n,`radio-icon-size`)}}}),Z=c(e=>{let t=l(`Radio`,se,e),{classNames:n,className:r,style:a,styles:o,unstyled:c,vars:u,id:d,size:f,label:p,labelPosition:m,description:h,error:_,radius:v,color:y,variant:b,disabled:x,wrapperProps:C,icon:w=B,rootRef:T,iconColor:ee,onChange:E,mod:D,attributes:O,withErrorStyles:k,checked:A,...ne}=t,j=S({name:`Radio`,classes:oe,props:t,className:r,style:a,classNames:n,styles:o,unstyled:c,attributes:O,vars:u,varsResolver:ce}),M=(0,V.use)(H),N=M?.size??f,P=t.size?f:N,{styleProps:re,rest:F}=s(ne),I=g(d),L=[h?`${I}-description`:void 0,_&&typeof _!=`boolean`?`${I}-error`:void 0,F[`aria-describedby`]].filter(Boolean).join(` `)||void 0,R=M?M.value===F.value:void 0,U={checked:R??A,name:F.name??M?.name,onChange:e=>{M?.onChange(e),E?.(e)},disabled:M?.disabled??x};return(0,z.jsx)(te,{...j(`root`),__staticSelector:`Radio`,__stylesApiProps:t,id:I,size:P,labelPosition:m,label:p,description:h,error:_,disabled:U.disabled,classNames:n,styles:o,unstyled:c,"data-checked":(R??A)||void 0,variant:b,ref:T,mod:D,attributes:O,...re,...C,children:(0,z.jsxs)(i,{...j(`inner`),mod:{"label-position":m},children:[(0,z.jsx)(i,{...j(`radio`,{focusable:!0,variant:b}),...F,...U,component:`input`,mod:{error:!!_,"with-error-styles":k},id:I,type:`radio`,"aria-describedby":L}),(0,z.jsx)(w,{...j(`icon`),"aria-hidden":!0})]})})});Z.classes=oe,Z.varsResolver=ce,Z.displayName=`@mantine/core/Radio`,Z.Group=U,Z.Card=q,Z.Indicator=X;var le=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},a={alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[n,r,i,{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`facilities`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},l={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},u={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},d=[n,o,s,c,l,u,{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[i],storageKey:null}],f={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},p=[n,o,s,c,l,u,{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[i,n],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`RoomsAdminPageDeactivateMutation`,selections:[{alias:null,args:t,concreteType:`RoomPayload`,kind:`LinkedField`,name:`deactivateRoom`,plural:!1,selections:[a,{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`futureBookings`,plural:!0,selections:d,storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`rescheduled`,plural:!0,selections:d,storageKey:null},f],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`RoomsAdminPageDeactivateMutation`,selections:[{alias:null,args:t,concreteType:`RoomPayload`,kind:`LinkedField`,name:`deactivateRoom`,plural:!1,selections:[a,{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`futureBookings`,plural:!0,selections:p,storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`rescheduled`,plural:!0,selections:p,storageKey:null},f],storageKey:null}]},params:{cacheID:`4ec0dbdd5679b3a2137b4de254d9b8b6`,id:`2fe9cdc6f70f6e6e37060fcc77af7bf5ee8b80e240161c6ff9b3d8f4550ca2fd`,metadata:{},name:`RoomsAdminPageDeactivateMutation`,operationKind:`mutation`,text:`mutation RoomsAdminPageDeactivateMutation(
  $input: DeactivateRoomInput!
) {
  deactivateRoom(input: $input) {
    room {
      id
      code
      name
      building
      floor
      capacity
      facilities
      description
      isActive
    }
    futureBookings {
      id
      reference
      title
      status
      startsAt
      endsAt
      agency {
        name
        id
      }
    }
    rescheduled {
      id
      reference
      title
      status
      startsAt
      endsAt
      agency {
        name
        id
      }
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();le.hash=`8cf98fb67f01c3a4f9e45bdae7e6ee77`;var Q=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},n=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RoomPayload`,kind:`LinkedField`,name:`editRoom`,plural:!1,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`facilities`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`RoomsAdminPageEditMutation`,selections:n,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`RoomsAdminPageEditMutation`,selections:n},params:{cacheID:`aa0aeda5ff6913fcf4eaa4a593f846ee`,id:`02058df1d579054c60ae10a8af7ceeb84874244dfb92133e0b05cef41c6ca603`,metadata:{},name:`RoomsAdminPageEditMutation`,operationKind:`mutation`,text:`mutation RoomsAdminPageEditMutation(
  $input: EditRoomInput!
) {
  editRoom(input: $input) {
    room {
      id
      code
      name
      building
      floor
      capacity
      facilities
      description
      isActive
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();Q.hash=`b744f46ebda62492265880424df34644`;var ue=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},n=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RoomPayload`,kind:`LinkedField`,name:`createRoom`,plural:!1,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`facilities`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`RoomsAdminPageCreateMutation`,selections:n,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`RoomsAdminPageCreateMutation`,selections:n},params:{cacheID:`fb0713c7a68bd8b73c8a43111b711823`,id:`1eb0e9737afc80e35585a6028213ec672cde9efffc584be3cd459c06c57ace62`,metadata:{},name:`RoomsAdminPageCreateMutation`,operationKind:`mutation`,text:`mutation RoomsAdminPageCreateMutation(
  $input: CreateRoomInput!
) {
  createRoom(input: $input) {
    room {
      id
      code
      name
      building
      floor
      capacity
      facilities
      description
      isActive
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();ue.hash=`7975249ec710fc43614bed8a63c4598a`;var de=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},n=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RoomPayload`,kind:`LinkedField`,name:`reactivateRoom`,plural:!1,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`facilities`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`RoomsAdminPageReactivateMutation`,selections:n,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`RoomsAdminPageReactivateMutation`,selections:n},params:{cacheID:`2a9aa1a8011ab9800a79713357160b48`,id:`b0461beea9abb48976f2f920d27c6f617f936e7cc0fcb69f160156b9d8eccb5b`,metadata:{},name:`RoomsAdminPageReactivateMutation`,operationKind:`mutation`,text:`mutation RoomsAdminPageReactivateMutation(
  $input: RoomIdInput!
) {
  reactivateRoom(input: $input) {
    room {
      id
      code
      name
      building
      floor
      capacity
      facilities
      description
      isActive
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();de.hash=`7925533b4a3e8362473bb37942505701`;var fe=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`RoomConnection`,kind:`LinkedField`,name:`allRooms`,plural:!1,selections:[{alias:null,args:null,concreteType:`RoomEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`facilities`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isActive`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`allRooms(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`RoomsAdminPageQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`RoomsAdminPageQuery`,selections:e},params:{cacheID:`d161f0769d1afc41449bfdb99709572f`,id:`cfa7aa3424a8706ab7e50499748289cfcd56eae5fa670fc1f21af8814dc7c944`,metadata:{},name:`RoomsAdminPageQuery`,operationKind:`query`,text:`query RoomsAdminPageQuery {
  allRooms(first: 100) {
    edges {
      node {
        id
        code
        name
        building
        floor
        capacity
        facilities
        description
        isActive
      }
    }
  }
}
`}}})();fe.hash=`69113589580704f47b31c7dfd4e63504`;var $=a(),pe=[`code`,`name`,`building`,`floor`,`capacity`,`facilities`,`description`];function me(){let{t}=o(`admin`),[r,i]=(0,V.useState)(0),a=(0,$.useLazyLoadQuery)(fe,{},{fetchPolicy:`store-and-network`,fetchKey:r}),[s,c]=(0,V.useState)(null),[l,d]=(0,V.useState)(null),[f]=(0,$.useMutation)(de),[p,m]=(0,V.useState)([]),h=a.allRooms.edges.map(e=>e.node);return(0,z.jsxs)(n,{maw:1100,children:[(0,z.jsxs)(T,{justify:`space-between`,children:[(0,z.jsx)(v,{order:1,children:t(`rooms.title`)}),(0,z.jsx)(u,{onClick:()=>c(`new`),children:t(`rooms.new`)})]}),(0,z.jsx)(I,{errors:p}),(0,z.jsx)(re,{minWidth:720,children:(0,z.jsxs)(M,{striped:!0,children:[(0,z.jsx)(M.Thead,{children:(0,z.jsxs)(M.Tr,{children:[(0,z.jsx)(M.Th,{children:t(`rooms.code`)}),(0,z.jsx)(M.Th,{children:t(`rooms.name`)}),(0,z.jsx)(M.Th,{children:t(`rooms.building`)}),(0,z.jsx)(M.Th,{children:t(`rooms.floor`)}),(0,z.jsx)(M.Th,{children:t(`rooms.capacity`)}),(0,z.jsx)(M.Th,{children:t(`state`)}),(0,z.jsx)(M.Th,{children:t(`actions`)})]})}),(0,z.jsx)(M.Tbody,{children:h.map(n=>(0,z.jsxs)(M.Tr,{children:[(0,z.jsx)(M.Td,{children:n.code}),(0,z.jsx)(M.Td,{children:n.name}),(0,z.jsx)(M.Td,{children:n.building}),(0,z.jsx)(M.Td,{children:n.floor}),(0,z.jsx)(M.Td,{children:n.capacity}),(0,z.jsx)(M.Td,{children:(0,z.jsx)(e,{color:n.isActive?`green`:`gray`,variant:`light`,c:`dark.8`,children:n.isActive?t(`active`):t(`inactive`)})}),(0,z.jsx)(M.Td,{children:(0,z.jsxs)(T,{gap:4,wrap:`nowrap`,children:[(0,z.jsx)(u,{size:`xs`,variant:`light`,onClick:()=>c(n),"aria-label":t(`editNamed`,{name:n.name}),children:t(`edit`)}),n.isActive?(0,z.jsx)(u,{size:`xs`,variant:`light`,color:`red`,onClick:()=>d(n),"aria-label":t(`deactivateNamed`,{name:n.name}),children:t(`deactivate`)}):(0,z.jsx)(u,{size:`xs`,variant:`light`,"aria-label":t(`reactivateNamed`,{name:n.name}),onClick:()=>f({variables:{input:{roomId:n.id}},onCompleted:e=>m(e.reactivateRoom.errors),onError:()=>m(F(t(`network`)))}),children:t(`reactivate`)})]})})]},n.id))})]})}),s&&(0,z.jsx)(he,{room:s===`new`?null:s,onClose:e=>{c(null),e&&i(e=>e+1)}}),l&&(0,z.jsx)(ge,{room:l,onClose:()=>d(null)})]})}function he({room:e,onClose:t}){let{t:r}=o(`admin`),[i,a]=(0,V.useState)({code:e?.code??``,name:e?.name??``,building:e?.building??``,floor:e?.floor??``,capacity:e?.capacity??10,facilities:e?.facilities.join(`, `)??``,description:e?.description??``}),[s,c]=(0,V.useState)([]),[l,d]=(0,$.useMutation)(ue),[f,p]=(0,$.useMutation)(Q);function m(n){n.preventDefault();let a={code:i.code.trim(),name:i.name.trim(),building:i.building.trim(),floor:i.floor.trim(),capacity:Number(i.capacity)||0,facilities:i.facilities.split(`,`).map(e=>e.trim()).filter(Boolean),description:i.description.trim()||null},o=e=>{c(e),e.length===0&&t(!0)},s=()=>c(F(r(`network`)));e?f({variables:{input:{roomId:e.id,room:a}},onCompleted:e=>o(e.editRoom.errors),onError:s}):l({variables:{input:{room:a}},onCompleted:e=>o(e.createRoom.errors),onError:s})}let{byField:h,general:g}=R(s,pe),_=e=>({label:r(`rooms.${e}`),value:String(i[e]),onChange:t=>{let n=t.currentTarget.value;a(t=>({...t,[e]:n}))},error:h[e]});return(0,z.jsx)(ee,{opened:!0,onClose:()=>t(!1),title:e?r(`rooms.editTitle`,{name:e.name}):r(`rooms.newTitle`),size:`lg`,closeButtonProps:{"aria-label":r(`close`)},children:(0,z.jsx)(`form`,{onSubmit:m,noValidate:!0,children:(0,z.jsxs)(n,{children:[(0,z.jsx)(I,{errors:g}),(0,z.jsxs)(j,{cols:{base:1,xs:2},children:[(0,z.jsx)(P,{..._(`code`),required:!0,"data-autofocus":!0}),(0,z.jsx)(P,{..._(`name`),required:!0}),(0,z.jsx)(P,{..._(`building`),required:!0}),(0,z.jsx)(P,{..._(`floor`),required:!0})]}),(0,z.jsx)(E,{label:r(`rooms.capacity`),value:i.capacity,min:1,max:1e4,onChange:e=>a(t=>({...t,capacity:Number(e)||0})),error:h.capacity,maw:200,required:!0}),(0,z.jsx)(P,{..._(`facilities`),description:r(`rooms.facilitiesHelp`)}),(0,z.jsx)(N,{..._(`description`),autosize:!0,minRows:2}),(0,z.jsxs)(T,{justify:`flex-end`,children:[(0,z.jsx)(u,{variant:`default`,onClick:()=>t(!1),children:r(`cancel`)}),(0,z.jsx)(u,{type:`submit`,loading:d||p,children:r(e?`save`:`rooms.create`)})]})]})})})}function ge({room:e,onClose:t}){let{t:r}=o(`admin`),[i,a]=(0,V.useState)(`REFUSE`),[s,c]=(0,V.useState)(``),[l,d]=(0,V.useState)([]),[p,m]=(0,V.useState)(null),[h,g]=(0,V.useState)(null),[_,v]=(0,$.useMutation)(le);function y(n){n.preventDefault(),p&&i===`REFUSE`?t():_({variables:{input:{roomId:e.id,futureBookings:p?i:`REFUSE`,reason:s.trim()||null}},onCompleted:({deactivateRoom:e})=>{let n=e.errors.some(e=>e.code===`ROOM_IN_USE`);d(n?[]:e.errors),n?m(e.futureBookings):e.errors.length===0&&(e.rescheduled.length?g(e.rescheduled):t())},onError:()=>d(F(r(`network`)))})}let{byField:b,general:x}=R(l,[`reason`]);return(0,z.jsx)(ee,{opened:!0,onClose:t,title:r(`rooms.deactivateTitle`,{name:e.name}),size:`xl`,closeButtonProps:{"aria-label":r(`close`)},children:h?(0,z.jsxs)(n,{children:[(0,z.jsx)(L,{bookings:h,caption:r(`rooms.moved`,{count:h.length})}),(0,z.jsx)(u,{onClick:t,w:`fit-content`,children:r(`close`)})]}):(0,z.jsx)(`form`,{onSubmit:y,noValidate:!0,children:(0,z.jsxs)(n,{children:[(0,z.jsx)(I,{errors:x}),p===null?(0,z.jsx)(f,{children:r(`rooms.deactivateHelp`)}):(0,z.jsxs)(z.Fragment,{children:[(0,z.jsx)(L,{bookings:p,caption:r(`rooms.inUse`,{count:p.length})}),(0,z.jsx)(Z.Group,{label:r(`rooms.choice`),value:i,onChange:e=>a(e),children:(0,z.jsxs)(n,{gap:`xs`,mt:`xs`,children:[(0,z.jsx)(Z,{value:`REFUSE`,label:r(`rooms.keep`)}),(0,z.jsx)(Z,{value:`RESCHEDULE`,label:r(`rooms.reschedule`)})]})})]}),(p===null||i===`RESCHEDULE`)&&(0,z.jsx)(N,{label:r(`rooms.reason`),description:r(`rooms.reasonHelp`),value:s,onChange:e=>c(e.currentTarget.value),error:b.reason,autosize:!0,minRows:2}),(0,z.jsxs)(T,{justify:`flex-end`,children:[(0,z.jsx)(u,{variant:`default`,onClick:t,children:r(`cancel`)}),(0,z.jsx)(u,{type:`submit`,color:`red`,loading:v,children:r(p&&i===`REFUSE`?`rooms.keepButton`:`deactivate`)})]})]})})})}export{me as default};