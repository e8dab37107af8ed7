import{$ as e,A as t,B as n,C as r,D as i,Dt as a,Et as o,F as s,H as c,I as l,J as u,M as d,N as f,Ot as p,P as m,R as h,T as g,X as _,Y as v,_t as ee,at as y,b,bt as x,ct as S,gt as C,ht as w,k as T,m as E,mt as D,ot as O,p as k,q as te,r as A,st as j,tt as M}from"./index-CpImVB_2.js";import{t as N}from"./Card-D0JhxmJx.js";import{t as P}from"./Group-kTz5kRwa.js";import{t as ne}from"./SimpleGrid-DxloyyQu.js";import{t as F}from"./Table-BtpYUSV_.js";import{t as re}from"./StatusBadge-C3d7iFxT.js";import{i as I,l as ie,o as ae,r as oe,s as se}from"./time-DCC4qMpP.js";import{t as ce}from"./useLang-DJZerSEQ.js";import{n as le}from"./useRefresh-B7sxqrN8.js";import{t as L}from"./get-default-z-index-yYa8620z.js";import{t as ue}from"./create-safe-context-H1G2gJEh.js";import{t as de}from"./Paper-K68-DISs.js";import{d as fe,l as pe,u as me}from"./get-option-by-label-DAu64G9J.js";import{t as he}from"./ScrollArea-gE5OIt4R.js";import{t as ge}from"./OptionalPortal-D33gB6X2.js";import{n as _e,t as ve}from"./Combination-B5CU_k5s.js";import{t as ye}from"./NumberInput-BtIR5o9G.js";import{t as be}from"./Textarea-D_lJQF5W.js";import{t as R}from"./TextInput-CEBRtGC8.js";import{t as xe}from"./userErrors-Cr6JY8N_.js";import{t as Se}from"./Select-BRsgpDEV.js";import{t as Ce}from"./CopyButton-C0Frceaz.js";import{t as we}from"./get-auto-contrast-value-BTPwFOS2.js";var[Te,z]=ue(`ModalBase component was not found in tree`),B=p(a(),1);function Ee({opened:e,transitionDuration:t}){let[n,r]=(0,B.useState)(e),i=(0,B.useRef)(-1),a=j()?0:t;return(0,B.useEffect)(()=>(e?(r(!0),window.clearTimeout(i.current)):a===0?r(!1):i.current=window.setTimeout(()=>r(!1),a),()=>window.clearTimeout(i.current)),[e,a]),n}function De({id:e,transitionProps:t,opened:n,trapFocus:r,closeOnEscape:i,onClose:a,returnFocus:o,handledEscapeEvents:s}){let c=S(e),[l,u]=(0,B.useState)(!1),[d,f]=(0,B.useState)(!1),p=Ee({opened:n,transitionDuration:typeof t?.duration==`number`?t?.duration:200});return _e(`keydown`,e=>{e.key===`Escape`&&i&&!e.isComposing&&n&&!s?.has(e)&&e.target?.getAttribute(`data-mantine-stop-propagation`)!==`true`&&(s?.add(e),a())},{capture:!0}),fe({opened:n,shouldReturnFocus:r&&o}),{_id:c,titleMounted:l,bodyMounted:d,shouldLockScroll:p,setTitleMounted:u,setBodyMounted:f}}var V=_();function Oe({keepMounted:e,keepMountedMode:t=`activity`,opened:r,onClose:i,id:a,transitionProps:o,onExitTransitionEnd:s,onEnterTransitionEnd:c,trapFocus:l,closeOnEscape:u,returnFocus:d,closeOnClickOutside:f,withinPortal:p,portalProps:m,lockScroll:h,children:g,zIndex:_,shadow:v,padding:y,__vars:b,unstyled:x,removeScrollProps:S,__handledEscapeEvents:C,...T}){let{_id:E,titleMounted:D,bodyMounted:O,shouldLockScroll:k,setTitleMounted:te,setBodyMounted:A}=De({id:a,transitionProps:o,opened:r,trapFocus:l,closeOnEscape:u,onClose:i,returnFocus:d,handledEscapeEvents:C}),{key:j,...M}=S||{};return(0,V.jsx)(ge,{...m,withinPortal:p,children:(0,V.jsx)(Te,{value:{opened:r,onClose:i,closeOnClickOutside:f,onExitTransitionEnd:s,onEnterTransitionEnd:c,transitionProps:{...o,keepMounted:e,keepMountedMode:t},getTitleId:()=>`${E}-title`,getBodyId:()=>`${E}-body`,titleMounted:D,bodyMounted:O,setTitleMounted:te,setBodyMounted:A,trapFocus:l,closeOnEscape:u,zIndex:_,unstyled:x},children:(0,V.jsx)(ve,{enabled:k&&h,...M,children:(0,V.jsx)(n,{...T,id:E,__vars:{...b,"--mb-z-index":(_||L(`modal`)).toString(),"--mb-shadow":w(v),"--mb-padding":ee(y)},children:g})},j)})})}Oe.displayName=`@mantine/core/ModalBase`;function ke(){let e=z();return(0,B.useEffect)(()=>(e.setBodyMounted(!0),()=>e.setBodyMounted(!1)),[]),e.getBodyId()}var H={title:`m_615af6c9`,header:`m_b5489c3c`,inner:`m_60c222c7`,content:`m_fd1ab0aa`,close:`m_606cb269`,body:`m_5df29311`};function Ae({className:e,...t}){let r=ke(),i=z();return(0,V.jsx)(n,{id:r,className:y({[H.body]:!i.unstyled},e),...t})}Ae.displayName=`@mantine/core/ModalBaseBody`;function je({className:e,onClick:t,...n}){let r=z();return(0,V.jsx)(l,{...n,onClick:e=>{r.onClose(),t?.(e)},className:y({[H.close]:!r.unstyled},e),unstyled:r.unstyled})}je.displayName=`@mantine/core/ModalBaseCloseButton`;function Me({transitionProps:e,className:t,innerProps:n,onKeyDown:r,style:i,ref:a,...o}){let s=z();return(0,V.jsx)(h,{mounted:s.opened,transition:`pop`,...s.transitionProps,onExited:()=>{s.onExitTransitionEnd?.(),s.transitionProps?.onExited?.()},onEntered:()=>{s.onEnterTransitionEnd?.(),s.transitionProps?.onEntered?.()},...e,children:e=>(0,V.jsx)(`div`,{...n,className:y({[H.inner]:!s.unstyled},n.className),children:(0,V.jsx)(pe,{active:s.opened&&s.trapFocus,innerRef:a,children:(0,V.jsx)(de,{...o,component:`section`,role:`dialog`,tabIndex:-1,"aria-modal":!0,"aria-describedby":s.bodyMounted?s.getBodyId():void 0,"aria-labelledby":s.titleMounted?s.getTitleId():void 0,style:[i,e],className:y({[H.content]:!s.unstyled},t),unstyled:s.unstyled,children:o.children})})})})}Me.displayName=`@mantine/core/ModalBaseContent`;function Ne({className:e,...t}){let r=z();return(0,V.jsx)(n,{component:`header`,className:y({[H.header]:!r.unstyled},e),...t})}Ne.displayName=`@mantine/core/ModalBaseHeader`;var Pe={duration:200,timingFunction:`ease`,transition:`fade`};function Fe(e){let t=z();return{...Pe,...t.transitionProps,...e}}function Ie({onClick:e,transitionProps:t,style:n,visible:r,...i}){let a=z(),o=Fe(t);return(0,V.jsx)(h,{mounted:r===void 0?a.opened:r,...o,transition:`fade`,children:t=>(0,V.jsx)(me,{fixed:!0,style:[n,t],zIndex:a.zIndex,unstyled:a.unstyled,onClick:t=>{e?.(t),a.closeOnClickOutside&&a.onClose()},...i})})}Ie.displayName=`@mantine/core/ModalBaseOverlay`;function Le(){let e=z();return(0,B.useEffect)(()=>(e.setTitleMounted(!0),()=>e.setTitleMounted(!1)),[]),e.getTitleId()}function Re({className:e,...t}){let r=Le(),i=z();return(0,V.jsx)(n,{component:`h2`,className:y({[H.title]:!i.unstyled},e),id:r,...t})}Re.displayName=`@mantine/core/ModalBaseTitle`;function ze({children:e}){return(0,V.jsx)(V.Fragment,{children:e})}var[Be,U]=ue(`Modal component was not found in tree`),W={root:`m_9df02822`,content:`m_54c44539`,inner:`m_1f958f16`,header:`m_d0e2b9cd`},G=c(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,...o}=u(`ModalBody`,null,e),s=U();return(0,V.jsx)(Ae,{...s.getStyles(`body`,{classNames:t,style:r,styles:i,className:n}),...o})});G.classes=W,G.displayName=`@mantine/core/ModalBody`;var K=c(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,...o}=u(`ModalCloseButton`,null,e),s=U();return(0,V.jsx)(je,{...s.getStyles(`close`,{classNames:t,style:r,styles:i,className:n}),...o})});K.classes=W,K.displayName=`@mantine/core/ModalCloseButton`;var q=c(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,children:o,__hidden:s,...c}=u(`ModalContent`,null,e),l=U(),d=l.scrollAreaComponent||ze;return(0,V.jsx)(Me,{...l.getStyles(`content`,{className:n,style:r,styles:i,classNames:t}),innerProps:l.getStyles(`inner`,{className:n,style:r,styles:i,classNames:t}),"data-full-screen":l.fullScreen||void 0,"data-modal-content":!0,"data-hidden":s||void 0,...c,children:(0,V.jsx)(d,{style:{maxHeight:l.fullScreen?`100dvh`:`calc(100dvh - (${x(l.yOffset)} * 2))`},children:o})})});q.classes=W,q.displayName=`@mantine/core/ModalContent`;var J=c(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,...o}=u(`ModalHeader`,null,e),s=U();return(0,V.jsx)(Ne,{...s.getStyles(`header`,{classNames:t,style:r,styles:i,className:n}),...o})});J.classes=W,J.displayName=`@mantine/core/ModalHeader`;var Y=c(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,...o}=u(`ModalOverlay`,null,e),s=U();return(0,V.jsx)(Ie,{...s.getStyles(`overlay`,{classNames:t,style:r,styles:i,className:n}),...o})});Y.classes=W,Y.displayName=`@mantine/core/ModalOverlay`;var Ve={__staticSelector:`Modal`,closeOnClickOutside:!0,withinPortal:!0,lockScroll:!0,trapFocus:!0,returnFocus:!0,closeOnEscape:!0,keepMounted:!1,zIndex:L(`modal`),transitionProps:{duration:200,transition:`fade-down`},yOffset:`5dvh`},He=O((e,{radius:t,size:n,yOffset:r,xOffset:i})=>({root:{"--modal-radius":t===void 0?void 0:D(t),"--modal-size":C(n,`modal-size`),"--modal-y-offset":x(r),"--modal-x-offset":x(i)}})),X=c(e=>{let t=u(`ModalRoot`,Ve,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,yOffset:c,scrollAreaComponent:l,radius:d,fullScreen:f,centered:p,xOffset:m,__staticSelector:h,attributes:g,..._}=t,v=te({name:h,classes:W,props:t,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:g,vars:s,varsResolver:He});return(0,V.jsx)(Be,{value:{yOffset:c,scrollAreaComponent:l,getStyles:v,fullScreen:f},children:(0,V.jsx)(Oe,{...v(`root`),"data-full-screen":f||void 0,"data-centered":p||void 0,"data-offset-scrollbars":l===he.Autosize||void 0,unstyled:o,..._})})});X.classes=W,X.varsResolver=He,X.displayName=`@mantine/core/ModalRoot`;var Ue=(0,B.createContext)(null);function We({children:e}){let[t,n]=(0,B.useState)([]),[r,i]=(0,B.useState)(L(`modal`)),[a]=(0,B.useState)(()=>new WeakSet);return(0,V.jsx)(Ue,{value:{stack:t,addModal:(e,t)=>{n(t=>[...new Set([...t,e])]),i(e=>typeof t==`number`&&typeof e==`number`?Math.max(e,t):e)},removeModal:e=>n(t=>t.filter(t=>t!==e)),getZIndex:e=>`calc(${r} + ${t.indexOf(e)} + 1)`,currentId:t[t.length-1],maxZIndex:r,handledEscapeEvents:a},children:e})}We.displayName=`@mantine/core/ModalStack`;var Ge=c(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,...o}=u(`ModalTitle`,null,e),s=U();return(0,V.jsx)(Re,{...s.getStyles(`title`,{classNames:t,style:r,styles:i,className:n}),...o})});Ge.classes=W,Ge.displayName=`@mantine/core/ModalTitle`;var Ke={closeOnClickOutside:!0,withinPortal:!0,lockScroll:!0,trapFocus:!0,returnFocus:!0,closeOnEscape:!0,keepMounted:!1,zIndex:L(`modal`),transitionProps:{duration:200,transition:`fade-down`},withOverlay:!0,withCloseButton:!0},Z=c(e=>{let{title:t,withOverlay:n,overlayProps:r,withCloseButton:i,closeButtonProps:a,children:o,radius:s,opened:c,stackId:l,zIndex:d,...f}=u(`Modal`,Ke,e),p=(0,B.use)(Ue),m=!!t||i,h=p&&l?{closeOnEscape:p.currentId===l,trapFocus:p.currentId===l,zIndex:p.getZIndex(l),__handledEscapeEvents:p.handledEscapeEvents}:{},g=n===!1?!1:l&&p?p.currentId===l:c;return(0,B.useEffect)(()=>{p&&l&&(c?p.addModal(l,d||L(`modal`)):p.removeModal(l))},[c,l,d]),(0,V.jsxs)(X,{radius:s,opened:c,zIndex:p&&l?p.getZIndex(l):d,...f,...h,children:[n&&(0,V.jsx)(Y,{visible:g,transitionProps:p&&l?{duration:0}:void 0,...r}),(0,V.jsxs)(q,{radius:s,__hidden:p&&l&&c?l!==p.currentId:!1,children:[m&&(0,V.jsxs)(J,{children:[t&&(0,V.jsx)(Ge,{children:t}),i&&(0,V.jsx)(K,{...a})]}),(0,V.jsx)(G,{children:o})]})]})});Z.classes=W,Z.displayName=`@mantine/core/Modal`,Z.Root=X,Z.Overlay=Y,Z.Content=q,Z.Body=G,Z.Header=J,Z.Title=Ge,Z.CloseButton=K,Z.Stack=We;var[qe,Je]=ue(`Timeline component was not found in tree`),Ye={root:`m_43657ece`,itemTitle:`m_2ebe8099`,item:`m_436178ff`,itemBullet:`m_8affcee1`,itemBody:`m_540e8f41`,itemOpposite:`m_f3ba506`},Xe=c(e=>{let{classNames:t,className:r,style:i,styles:a,vars:o,__active:s,__align:c,__lineActive:l,__vars:d,bullet:f,opposite:p,alternate:m,radius:h,color:g,lineVariant:_,children:ee,title:y,mod:b,...x}=u(`TimelineItem`,null,e),S=Je(),C=v(),w={classNames:t,styles:a},T=c===`left`&&!!m||c===`right`&&!m,E=p!=null&&(0,V.jsx)(`div`,{...S.getStyles(`itemOpposite`,w),children:p}),O=(0,V.jsxs)(`div`,{...S.getStyles(`itemBody`,w),children:[y&&(0,V.jsx)(`div`,{...S.getStyles(`itemTitle`,w),children:y}),(0,V.jsx)(`div`,{...S.getStyles(`itemContent`,w),children:ee})]});return(0,V.jsxs)(n,{...S.getStyles(`item`,{...w,className:r,style:i}),mod:[{"line-active":l,active:s,alternate:m},b],__vars:{"--tli-radius":h===void 0?void 0:D(h),"--tli-color":g?M(g,C):void 0,"--tli-border-style":_||void 0},...x,children:[T?O:E,(0,V.jsx)(n,{...S.getStyles(`itemBullet`,w),mod:{"with-child":!!f,align:c,active:s},children:f}),T?E:O]})});Xe.classes=Ye,Xe.displayName=`@mantine/core/TimelineItem`;var Ze={active:-1,align:`left`},Qe=O((t,{bulletSize:n,lineWidth:r,radius:i,color:a,autoContrast:o})=>({root:{"--tl-bullet-size":x(n),"--tl-line-width":x(r),"--tl-radius":i===void 0?void 0:D(i),"--tl-color":a?M(a,t):void 0,"--tl-icon-color":we(o,t)?e({color:a,theme:t,autoContrast:o}):void 0}})),Q=c(e=>{let t=u(`Timeline`,Ze,e),{classNames:r,className:i,style:a,styles:o,unstyled:s,vars:c,children:l,active:d,color:f,radius:p,bulletSize:m,align:h,lineWidth:g,reverseActive:_,mod:v,autoContrast:ee,attributes:y,...b}=t,x=te({name:`Timeline`,classes:Ye,props:t,className:i,style:a,classNames:r,styles:o,unstyled:s,attributes:y,vars:c,varsResolver:Qe}),S=B.Children.toArray(l),C=S.some(e=>e.props?.opposite!=null),w=S.map((e,t)=>(0,B.cloneElement)(e,{unstyled:s,__align:h,__active:e.props?.active||(_?d>=S.length-t-1:d>=t),__lineActive:e.props?.lineActive||(_?d>=S.length-t-1:d-1>=t)}));return(0,V.jsx)(qe,{value:{getStyles:x},children:(0,V.jsx)(n,{...x(`root`),mod:[{align:h,opposite:C},v],...b,children:w})})});Q.classes=Ye,Q.varsResolver=Qe,Q.displayName=`@mantine/core/Timeline`,Q.Item=Xe;var $e=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`BookingPage_booking`,selections:[e,t,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[e,n,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[e,n],storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},n],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[e,n,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[e],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[e,t],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null}],storageKey:null},{args:null,kind:`FragmentSpread`,name:`Actions_booking`},{args:null,kind:`FragmentSpread`,name:`History_booking`},{args:null,kind:`FragmentSpread`,name:`Letter_booking`},{args:null,kind:`FragmentSpread`,name:`Suggestions_booking`}],type:`Booking`,abstractKey:null}})();$e.hash=`fa1edc31cd94374da274801ab48d749a`;var et=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},s=[n,o];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`BookingPageSubscription`,selections:[{alias:null,args:t,concreteType:`Booking`,kind:`LinkedField`,name:`bookingChanged`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null}],type:`Subscription`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`BookingPageSubscription`,selections:[{alias:null,args:t,concreteType:`Booking`,kind:`LinkedField`,name:`bookingChanged`,plural:!1,selections:[n,r,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},i,a,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[n,o,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:s,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[o,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},n],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},o],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n,o,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[o,n],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[i,a,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:s,storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`8cb9b72eba0c43feae9e9f2f22c00982`,id:`6d0b00c4eaee3fe5c2f677d0b318ef85cfaf27bcd8a3c8d20fefe0de25bc5c49`,metadata:{},name:`BookingPageSubscription`,operationKind:`subscription`,text:`subscription BookingPageSubscription(
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
    id
  }
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
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
`}}})();et.hash=`106045792a40b93032b97b2ae957aac6`;var tt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},s=[n,o];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`BookingPageQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{fragment:{kind:`InlineFragment`,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],type:`Booking`,abstractKey:null},kind:`AliasedInlineFragmentSpread`,name:`booking`}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`BookingPageQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},n,{kind:`InlineFragment`,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},i,a,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[n,o,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:s,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[o,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},n],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},o],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n,o,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[o,n],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[i,a,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:s,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null}],storageKey:null}]},params:{cacheID:`44ace3d0304bc82141b7a60adb7e4626`,id:`7dce2c274d280d404bfe422eee9e26ef4970d69c5c9d8c47249ccfad7652bb15`,metadata:{},name:`BookingPageQuery`,operationKind:`query`,text:`query BookingPageQuery(
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
    id
  }
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
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
`}}})();tt.hash=`0ad9d22391dcd92fefb45339f0c13187`;var $=i(),nt=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t=[e];return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`Actions_booking`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:t,storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:t,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null}})();nt.hash=`d26950562ffd757e431d71c1d57db87e`;var rt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsCancelMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`cancelBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsCancelMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`cancelBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`c83af5c05206fc6329693e8c948c9729`,id:`bebca9581be4248b4adda56406fe433845b4072eec13be9d5d976f5ed822dc23`,metadata:{},name:`ActionsCancelMutation`,operationKind:`mutation`,text:`mutation ActionsCancelMutation(
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
    id
  }
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
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
`}}})();rt.hash=`00c3063d5791e8ccc8bf459dd312e0a2`;var it=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsApproveMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`approveBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsApproveMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`approveBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`7d8a249775958a3c202fcb1111bfe1c2`,id:`fbcdf523916f7343988faf326fa79a23950a4f79ced987bd30edd4b5f2fffa70`,metadata:{},name:`ActionsApproveMutation`,operationKind:`mutation`,text:`mutation ActionsApproveMutation(
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
    id
  }
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
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
`}}})();it.hash=`beec5a66ce54a820c4031298e7fe9dfc`;var at=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsValidateMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`validateBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsValidateMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`validateBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`6b396d750bd6929ec9ccf2b5f44390d6`,id:`c4decef7921f7a9cd77d1c3d05ba1279846c3a9ec1dec6487724e82d2a1a4cc7`,metadata:{},name:`ActionsValidateMutation`,operationKind:`mutation`,text:`mutation ActionsValidateMutation(
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
    id
  }
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
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
`}}})();at.hash=`5bb1ad5021784bd51d7da042ad9b6821`;var ot=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsDecideMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`decideEquipmentShortfall`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsDecideMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`decideEquipmentShortfall`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`0480b692f8b4ab9f69597e279065cc44`,id:`4f634d830c704b7904c09d2a19f7ab739953b5b4d8c59e2ec29b1c6f7b7dd9af`,metadata:{},name:`ActionsDecideMutation`,operationKind:`mutation`,text:`mutation ActionsDecideMutation(
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
    id
  }
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
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
`}}})();ot.hash=`bb6a69246c774f7537e874b0832b5cba`;var st=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsReviewMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`reviewEquipment`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsReviewMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`reviewEquipment`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`b66d946f366af5c30180d901f1eaa93a`,id:`210b91f159eda7f3abe75896174347fa8eba80dd1b60228a539aedad3da83fdd`,metadata:{},name:`ActionsReviewMutation`,operationKind:`mutation`,text:`mutation ActionsReviewMutation(
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
    id
  }
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
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
`}}})();st.hash=`baf449bf38fd4bda9de6412aeb804923`;var ct=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsRejectMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`rejectBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsRejectMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`rejectBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`d15595e4873a57c096732805010eb020`,id:`3cdf45018214dc5a684e78a38a0b7fd9ec18210618693817957b0cbc30e3a059`,metadata:{},name:`ActionsRejectMutation`,operationKind:`mutation`,text:`mutation ActionsRejectMutation(
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
    id
  }
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
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
`}}})();ct.hash=`8ca427341e9f567e5fb3c631afc5219b`;var lt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsResubmitMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`resubmitBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsResubmitMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`resubmitBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`891787c47ebfd2c825355f5496886cd1`,id:`d533e4021ab421e64102417b66f2f8513c2d15a8b04cbe3d2c69e13ee5e3b0e3`,metadata:{},name:`ActionsResubmitMutation`,operationKind:`mutation`,text:`mutation ActionsResubmitMutation(
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
    id
  }
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
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
`}}})();lt.hash=`ee1f2e1acea7d9f454e7e8b5a27548ae`;var ut=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsRevisionMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`requestRevision`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsRevisionMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`requestRevision`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`4f7ceb59f1f9073a64cf5b916e74aa02`,id:`4987a53ce9af09ea4078a226e0d36034076a1aa541cb85be819a2e2d22b2ac8a`,metadata:{},name:`ActionsRevisionMutation`,operationKind:`mutation`,text:`mutation ActionsRevisionMutation(
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
    id
  }
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
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
`}}})();ut.hash=`5716058cb5cfa74f50aee2faf11c543d`;var dt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsVerifyMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`verifyBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsVerifyMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`verifyBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`081f193c03446efc377ec7da09cee2b5`,id:`501909503fa45491fb1b5822a2d5bd8fe0fb6c5da0004160254b4a28a4ae5eb4`,metadata:{},name:`ActionsVerifyMutation`,operationKind:`mutation`,text:`mutation ActionsVerifyMutation(
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
    id
  }
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
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
`}}})();dt.hash=`f46961ba1ca48cc1869d14c5ab8d1913`;var ft=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`RoomConnection`,kind:`LinkedField`,name:`rooms`,plural:!1,selections:[{alias:null,args:null,concreteType:`RoomEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`rooms(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`RoomChoiceQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`RoomChoiceQuery`,selections:e},params:{cacheID:`5785d5316c632265f901837d6001f1f4`,id:`eba0855c8c95b743be7337726d7ca9e41d4313f459d549efe03055f408ee9f7e`,metadata:{},name:`RoomChoiceQuery`,operationKind:`query`,text:`query RoomChoiceQuery {
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
`}}})();ft.hash=`03274a5f9f0beaf848067de5d6f02625`;var pt=ft;function mt({value:e,onChange:t,error:n,label:r}){let i=(0,$.useLazyLoadQuery)(pt,{},{fetchPolicy:`store-or-network`});return(0,V.jsx)(Se,{label:r,data:i.rooms.edges.map(({node:e})=>({value:e.id,label:`${e.name} (${e.capacity})`})),value:e,onChange:e=>e&&t(e),searchable:!0,error:n,allowDeselect:!1})}var ht={VERIFY:dt,REQUEST_REVISION:ut,RESUBMIT:lt,REJECT:ct,REVIEW_EQUIPMENT:st,PROCEED_WITH_SHORTFALL:ot,VALIDATE:at,APPROVE:it,CANCEL:rt};ht.WITHDRAW=ht.PROCEED_WITH_SHORTFALL;var gt=[`VERIFY`,`REVIEW_EQUIPMENT`,`VALIDATE`,`APPROVE`,`RESUBMIT`,`PROCEED_WITH_SHORTFALL`,`WITHDRAW`,`REQUEST_REVISION`,`REJECT`,`CANCEL`],_t=new Set([`REJECT`,`CANCEL`,`WITHDRAW`]);function vt({booking:e}){let{t}=o(`booking`),n=(0,$.useFragment)(nt,e),[r,i]=(0,B.useState)(null),a=gt.filter(e=>n.availableActions.includes(e)),s=n.availableActions.includes(`REPORT`);return a.length===0&&!s?null:(0,V.jsxs)(V.Fragment,{children:[(0,V.jsxs)(P,{gap:`xs`,role:`group`,"aria-label":t(`actions.label`),children:[a.map(e=>(0,V.jsx)(d,{color:_t.has(e)?`red`:void 0,variant:_t.has(e)?`light`:`filled`,onClick:()=>i(e),children:t(`actions.${e}.button`)},e)),s&&(0,V.jsx)(d,{component:b,to:`/bookings/${n.id}/report`,variant:`light`,children:t(`actions.REPORT.button`)})]}),r&&(0,V.jsx)(yt,{action:r,booking:n,onClose:()=>i(null)})]})}function yt({action:e,booking:n,onClose:r}){let{t:i}=o(`booking`),a=(0,$.useRelayEnvironment)(),c=e===`REJECT`||e===`CANCEL`,l=e===`REQUEST_REVISION`,[u,f]=(0,B.useState)(``),[p,h]=(0,B.useState)(!1),[g,_]=(0,B.useState)([]),[v,ee]=(0,B.useState)(ae(n.startsAt)),[y,b]=(0,B.useState)(ie(n.startsAt)),[x,S]=(0,B.useState)(ie(n.endsAt)),[C,w]=(0,B.useState)(n.room.id),[T,E]=(0,B.useState)(n.title),[D,O]=(0,B.useState)(n.purpose),[k,te]=(0,B.useState)(n.participants),A=new Map(n.equipmentCheck.map(e=>[e.equipment.id,e.freeQuantity])),[j,M]=(0,B.useState)(()=>Object.fromEntries(n.equipment.map(e=>[e.equipment.id,Math.min(e.requestedQuantity,A.get(e.equipment.id)??e.requestedQuantity)])));function N(){let t=u.trim()||null,r=()=>{let e=se(v,y),t=se(v,x);return{startsAt:new Date(e).getTime()===new Date(n.startsAt).getTime()?null:e,endsAt:new Date(t).getTime()===new Date(n.endsAt).getTime()?null:t}};switch(e){case`REJECT`:case`CANCEL`:return{bookingId:n.id,reason:u.trim()};case`PROCEED_WITH_SHORTFALL`:return{bookingId:n.id,proceed:!0,note:t};case`WITHDRAW`:return{bookingId:n.id,proceed:!1,note:t};case`REVIEW_EQUIPMENT`:return{bookingId:n.id,note:t,lines:Object.entries(j).map(([e,t])=>({equipmentId:e,approvedQuantity:t}))};case`APPROVE`:return{bookingId:n.id,note:t,roomId:C===n.room.id?null:C,...r()};case`RESUBMIT`:return{bookingId:n.id,note:t,...r(),title:T.trim()===n.title?null:T.trim(),purpose:D.trim()===n.purpose?null:D.trim(),participants:k===n.participants?null:k};default:return{bookingId:n.id,note:t}}}function re(t){t.preventDefault(),p||((c||l)&&!u.trim()?_([{code:`VALIDATION`,message:i(c?`actions.reasonRequired`:`actions.noteRequired`),field:c?`reason`:`note`}]):(h(!0),_([]),(0,$.commitMutation)(a,{mutation:ht[e],variables:{input:N()},onCompleted:e=>{h(!1);let{result:t}=e;t.errors.length?_(t.errors):r()},onError:()=>{h(!1),_([{code:`NETWORK`,message:i(`actions.network`),field:null}])}})))}let{byField:I,general:oe}=xe(g,[`reason`,`note`,`startsAt`,`endsAt`,`roomId`,`lines`,`title`,`purpose`,`participants`]),ce=i(c?`actions.reason`:l?`actions.revisionNote`:`actions.note`);return(0,V.jsx)(Z,{opened:!0,onClose:r,title:i(`actions.${e}.title`),size:`lg`,closeButtonProps:{"aria-label":i(`actions.close`)},children:(0,V.jsx)(`form`,{onSubmit:re,noValidate:!0,children:(0,V.jsxs)(t,{children:[(0,V.jsx)(m,{size:`sm`,children:i(`actions.${e}.help`)}),oe.length>0&&(0,V.jsx)(s,{color:`red`,role:`alert`,children:oe.map(e=>(0,V.jsx)(m,{size:`sm`,children:e.message},e.message))}),e===`REVIEW_EQUIPMENT`&&(0,V.jsxs)(F,{children:[(0,V.jsx)(F.Thead,{children:(0,V.jsxs)(F.Tr,{children:[(0,V.jsx)(F.Th,{children:i(`equipment.item`)}),(0,V.jsx)(F.Th,{children:i(`equipment.requested`)}),(0,V.jsx)(F.Th,{children:i(`equipment.free`)}),(0,V.jsx)(F.Th,{children:i(`equipment.approved`)})]})}),(0,V.jsx)(F.Tbody,{children:n.equipment.map(e=>(0,V.jsxs)(F.Tr,{children:[(0,V.jsx)(F.Td,{children:e.equipment.name}),(0,V.jsx)(F.Td,{children:e.requestedQuantity}),(0,V.jsx)(F.Td,{children:A.get(e.equipment.id)??`–`}),(0,V.jsx)(F.Td,{children:(0,V.jsx)(ye,{"aria-label":i(`actions.approvedFor`,{item:e.equipment.name}),min:0,max:e.requestedQuantity,value:j[e.equipment.id],onChange:t=>M({...j,[e.equipment.id]:Number(t)||0}),w:90})})]},e.equipment.id))})]}),(e===`APPROVE`||e===`RESUBMIT`)&&(0,V.jsxs)(V.Fragment,{children:[e===`APPROVE`&&(0,V.jsx)(mt,{value:C,onChange:w,error:I.roomId,label:i(`actions.room`)}),(0,V.jsxs)(ne,{cols:{base:1,xs:3},children:[(0,V.jsx)(R,{type:`date`,label:i(`actions.date`),value:v,onChange:e=>ee(e.currentTarget.value)}),(0,V.jsx)(R,{type:`time`,label:i(`actions.start`),value:y,onChange:e=>b(e.currentTarget.value),error:I.startsAt}),(0,V.jsx)(R,{type:`time`,label:i(`actions.end`),value:x,onChange:e=>S(e.currentTarget.value),error:I.endsAt})]})]}),e===`RESUBMIT`&&(0,V.jsxs)(V.Fragment,{children:[(0,V.jsx)(R,{label:i(`actions.eventTitle`),value:T,onChange:e=>E(e.currentTarget.value),error:I.title}),(0,V.jsx)(be,{label:i(`purpose`),value:D,onChange:e=>O(e.currentTarget.value),autosize:!0,minRows:2,error:I.purpose}),(0,V.jsx)(ye,{label:i(`participants`),value:k,min:1,onChange:e=>te(Number(e)||1),maw:200,error:I.participants})]}),(0,V.jsx)(be,{label:ce,value:u,onChange:e=>f(e.currentTarget.value),required:c||l,autosize:!0,minRows:2,error:I.reason??I.note,"data-autofocus":!0}),(0,V.jsxs)(P,{justify:`flex-end`,children:[(0,V.jsx)(d,{variant:`default`,onClick:r,children:i(`actions.close`)}),(0,V.jsx)(d,{type:`submit`,loading:p,color:_t.has(e)?`red`:void 0,children:i(`actions.${e}.confirm`)})]})]})})})}var bt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RotateCalendarTokenPayload`,kind:`LinkedField`,name:`rotateCalendarToken`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`CalendarLinkMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`CalendarLinkMutation`,selections:t},params:{cacheID:`4d8ce2a5ad35f68dad60569b1ee0ade8`,id:`3a745bb20a672b012eab70897bb934ed13791ca2710be8f607274397ff3d1b11`,metadata:{},name:`CalendarLinkMutation`,operationKind:`mutation`,text:`mutation CalendarLinkMutation(
  $input: RotateCalendarTokenInput!
) {
  rotateCalendarToken(input: $input) {
    url
    errors {
      message
    }
  }
}
`}}})();bt.hash=`170f1cb1a392f544e5aec300671ef52a`;function xt({agencyId:e,roomId:t}){let{t:n}=o(`booking`),r=E(),[i,a]=(0,B.useState)(null),[s,c]=(0,B.useState)(null),[l,u]=(0,$.useMutation)(bt),f=k(r,`SERVICE_OFFICER`,`SERVICE_HEAD`,`ADMIN`),p=k(r,`REQUESTER`);if(!f&&!p)return null;let h=p?{agencyId:e}:{roomId:t};return(0,V.jsxs)(N,{withBorder:!0,children:[(0,V.jsx)(T,{order:2,size:`h4`,mb:`xs`,children:n(`calendar.title`)}),(0,V.jsx)(m,{size:`sm`,c:`dimmed`,children:n(p?`calendar.agency`:`calendar.room`)}),i?(0,V.jsxs)(P,{mt:`xs`,align:`end`,wrap:`nowrap`,children:[(0,V.jsx)(R,{label:n(`calendar.link`),value:i,readOnly:!0,style:{flex:1},onFocus:e=>e.currentTarget.select()}),(0,V.jsx)(Ce,{value:i,children:({copied:e,copy:t})=>(0,V.jsx)(d,{onClick:t,variant:e?`filled`:`light`,children:n(e?`calendar.copied`:`calendar.copy`)})})]}):(0,V.jsx)(d,{mt:`xs`,size:`xs`,variant:`light`,loading:u,onClick:()=>l({variables:{input:h},onCompleted:({rotateCalendarToken:e})=>{a(e.url??null),c(e.errors[0]?.message??null)}}),children:n(`calendar.make`)}),s&&(0,V.jsx)(m,{c:`red`,size:`sm`,role:`alert`,children:s}),(0,V.jsx)(m,{size:`xs`,c:`dimmed`,mt:4,children:n(`calendar.warning`)})]})}var St={argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`History_booking`,selections:[{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null};St.hash=`7ef6c710606d38bf67face97488aa8bb`;function Ct({booking:e}){let{t}=o(`booking`),n=ce(),r=(0,$.useFragment)(St,e);return(0,V.jsxs)(N,{withBorder:!0,component:`section`,"aria-labelledby":`history-title`,children:[(0,V.jsx)(T,{order:2,size:`h4`,mb:`sm`,id:`history-title`,children:t(`history.title`)}),(0,V.jsx)(Q,{active:r.history.length-1,bulletSize:14,lineWidth:2,children:r.history.map(e=>(0,V.jsxs)(Q.Item,{title:t(`action.${e.action}`),children:[(0,V.jsxs)(m,{size:`sm`,children:[e.actor?e.actor.name:t(`history.system`),e.actorRole?` (${t(`role.${e.actorRole}`,{ns:`common`})})`:``,` · `,oe(e.at,n)]}),(0,V.jsxs)(m,{size:`sm`,c:`dimmed`,children:[e.fromStatus?`${t(`status.${e.fromStatus}`,{ns:`common`})} → `:``,t(`status.${e.toStatus}`,{ns:`common`})]}),e.note&&(0,V.jsxs)(m,{size:`sm`,fs:`italic`,children:[`“`,e.note,`”`]})]},`${e.at}-${e.action}-${e.toStatus}`))})]})}var wt={argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`Letter_booking`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null};wt.hash=`312aa46613fdcdc6fa5cd7704c1ceadc`;var Tt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={kind:`InlineFragment`,selections:[{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`downloadUrl`,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`LetterUrlQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[n],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`LetterUrlQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},n,{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null}]},params:{cacheID:`9b38867a8f1f564e5e3fcf6ce7e0d87d`,id:`325356b609505b6549348dceef05c336ec1796a0ed28811aac848106e3aea560`,metadata:{},name:`LetterUrlQuery`,operationKind:`query`,text:`query LetterUrlQuery(
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
`}}})();Tt.hash=`5928d2761aaee23c371857b83697c14c`;var Et=Tt;function Dt({booking:e}){let{t}=o(`booking`),n=(0,$.useRelayEnvironment)(),r=(0,$.useFragment)(wt,e),[i,a]=(0,B.useState)(null);if(!r.letter)return null;let s=r.letter,c=async()=>(await(0,$.fetchQuery)(n,Et,{id:r.id}).toPromise())?.node?.letter?.downloadUrl??null,l=s.contentType===`application/pdf`;return(0,V.jsxs)(N,{withBorder:!0,children:[(0,V.jsx)(T,{order:2,size:`h4`,mb:`xs`,children:t(`letter.title`)}),(0,V.jsxs)(m,{size:`sm`,c:`dimmed`,children:[l?`PDF`:s.contentType.replace(`image/`,``).toUpperCase(),` · `,Math.ceil(s.size/1024),` KB`]}),(0,V.jsxs)(P,{mt:`xs`,children:[(0,V.jsx)(d,{size:`xs`,variant:`light`,onClick:async()=>a(i?null:await c()),"aria-expanded":i!==null,children:t(i?`letter.hide`:`letter.preview`)}),(0,V.jsx)(d,{size:`xs`,variant:`default`,onClick:async()=>{let e=await c();if(!e)return;let t=document.createElement(`a`);t.href=e,t.download=`${r.reference}`,t.rel=`noopener`,document.body.appendChild(t),t.click(),t.remove()},children:t(`letter.download`)})]}),i&&(l?(0,V.jsx)(`iframe`,{src:i,title:t(`letter.title`),style:{width:`100%`,height:480,border:0,marginTop:8}}):(0,V.jsx)(`img`,{src:i,alt:t(`letter.title`),style:{maxWidth:`100%`,marginTop:8}}))]})}var Ot=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`SuggestionsMutation`,selections:[{alias:null,args:t,concreteType:`AcceptRescheduleSuggestionPayload`,kind:`LinkedField`,name:`acceptRescheduleSuggestion`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`SuggestionsMutation`,selections:[{alias:null,args:t,concreteType:`AcceptRescheduleSuggestionPayload`,kind:`LinkedField`,name:`acceptRescheduleSuggestion`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`7bf78be646583eda4b864e2f3fee4ed7`,id:`b0b412b4bd86fbe45bf52db9e50a4c60e1de336e80824139ce58ab245f9c4523`,metadata:{},name:`SuggestionsMutation`,operationKind:`mutation`,text:`mutation SuggestionsMutation(
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
    id
  }
  ...Actions_booking
  ...History_booking
  ...Letter_booking
  ...Suggestions_booking
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
`}}})();Ot.hash=`ef6ea14db5d198f396afb09250f9c1a0`;var kt=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`Suggestions_booking`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null}})();kt.hash=`36370f334e4460444d0c49fc41ab68bd`;function At({booking:e}){let{t:n}=o(`booking`),r=ce(),i=(0,$.useFragment)(kt,e),[a,c]=(0,B.useState)(null),[l,u]=(0,$.useMutation)(Ot);if(i.status!==`RESCHEDULE_REQUIRED`)return null;let f=i.availableActions.includes(`ACCEPT_SUGGESTION`);return(0,V.jsx)(s,{color:`orange`,title:n(`suggestions.title`),children:(0,V.jsxs)(t,{gap:`xs`,children:[(0,V.jsx)(m,{size:`sm`,children:n(`suggestions.intro`)}),i.rescheduleSuggestions.length===0&&(0,V.jsx)(m,{size:`sm`,children:n(`suggestions.none`)}),i.rescheduleSuggestions.map(e=>(0,V.jsxs)(P,{justify:`space-between`,wrap:`wrap`,children:[(0,V.jsxs)(m,{size:`sm`,children:[e.room.name,` · `,I(e.startsAt,e.endsAt,r)]}),f&&(0,V.jsx)(d,{size:`xs`,loading:u,"aria-label":n(`suggestions.takeLabel`,{room:e.room.name,when:I(e.startsAt,e.endsAt,r)}),onClick:()=>l({variables:{input:{bookingId:i.id,roomId:e.room.id,startsAt:e.startsAt}},onCompleted:({acceptRescheduleSuggestion:e})=>c(e.errors[0]?.message??null)}),children:n(`suggestions.take`)})]},`${e.room.id}${e.startsAt}`)),a&&(0,V.jsx)(m,{c:`red`,size:`sm`,role:`alert`,children:a})]})})}var jt=tt,Mt=et,Nt=$e;function Pt(){let{bookingId:e=``}=g(),t=le(),n=(0,$.useLazyLoadQuery)(jt,{id:e},{fetchPolicy:`store-and-network`,fetchKey:t}).node?.booking;return n?(0,V.jsx)(Ft,{booking:n,id:e}):(0,V.jsx)(A,{})}function Ft({booking:e,id:n}){let{t:i}=o(`booking`),a=ce(),c=r(),l=(0,$.useFragment)(Nt,e),u=(0,B.useMemo)(()=>({subscription:Mt,variables:{id:n}}),[n]);(0,$.useSubscription)(u);let d=c.state?.submitted,p=new Map(l.equipmentCheck.map(e=>[e.equipment.id,e]));return(0,V.jsxs)(t,{children:[d&&(0,V.jsx)(s,{color:`green`,role:`status`,children:i(`submitted`,{reference:d})}),(0,V.jsx)(P,{justify:`space-between`,align:`start`,wrap:`wrap`,children:(0,V.jsxs)(t,{gap:2,children:[(0,V.jsxs)(m,{c:`dimmed`,size:`sm`,children:[l.reference,l.series&&(0,V.jsxs)(V.Fragment,{children:[` · `,i(`seriesOf`,{reference:l.series.reference})]})]}),(0,V.jsx)(T,{order:1,children:l.title}),(0,V.jsxs)(P,{gap:`xs`,children:[(0,V.jsx)(re,{status:l.status}),l.step&&(0,V.jsx)(m,{size:`sm`,c:`dimmed`,children:i(`waitingOn`,{n:l.step.number,name:l.step.name})})]})]})}),(0,V.jsx)(vt,{booking:l}),(0,V.jsx)(At,{booking:l}),(0,V.jsxs)(ne,{cols:{base:1,md:2},children:[(0,V.jsxs)(N,{withBorder:!0,children:[(0,V.jsx)(T,{order:2,size:`h4`,mb:`xs`,children:i(`details`)}),(0,V.jsxs)(`dl`,{className:`facts`,children:[(0,V.jsx)(`dt`,{children:i(`when`)}),(0,V.jsx)(`dd`,{children:I(l.startsAt,l.endsAt,a)}),(0,V.jsx)(`dt`,{children:i(`room`)}),(0,V.jsx)(`dd`,{children:(0,V.jsx)(f,{component:b,to:`/rooms/${l.room.id}`,children:l.room.name})}),(0,V.jsx)(`dt`,{children:i(`agency`)}),(0,V.jsx)(`dd`,{children:l.agency.name}),(0,V.jsx)(`dt`,{children:i(`requester`)}),(0,V.jsxs)(`dd`,{children:[l.requester.name,l.requester.phone?` · ${l.requester.phone}`:``]}),(0,V.jsx)(`dt`,{children:i(`participants`)}),(0,V.jsx)(`dd`,{children:l.participants}),(0,V.jsx)(`dt`,{children:i(`purpose`)}),(0,V.jsx)(`dd`,{children:l.purpose})]})]}),(0,V.jsxs)(t,{children:[(0,V.jsx)(Dt,{booking:l}),(0,V.jsx)(xt,{agencyId:l.agency.id,roomId:l.room.id})]})]}),l.equipment.length>0&&(0,V.jsxs)(N,{withBorder:!0,children:[(0,V.jsx)(T,{order:2,size:`h4`,mb:`xs`,children:i(`equipment.title`)}),(0,V.jsx)(F.ScrollContainer,{minWidth:480,children:(0,V.jsxs)(F,{children:[(0,V.jsx)(F.Thead,{children:(0,V.jsxs)(F.Tr,{children:[(0,V.jsx)(F.Th,{children:i(`equipment.item`)}),(0,V.jsx)(F.Th,{children:i(`equipment.requested`)}),(0,V.jsx)(F.Th,{children:i(`equipment.free`)}),(0,V.jsx)(F.Th,{children:i(`equipment.approved`)})]})}),(0,V.jsx)(F.Tbody,{children:l.equipment.map(e=>{let t=p.get(e.equipment.id);return(0,V.jsxs)(F.Tr,{children:[(0,V.jsx)(F.Td,{children:e.equipment.name}),(0,V.jsxs)(F.Td,{children:[e.requestedQuantity,` `,e.equipment.unit]}),(0,V.jsxs)(F.Td,{children:[t?t.freeQuantity:`–`,t&&t.shortfall>0&&(0,V.jsxs)(m,{component:`span`,c:`red.8`,fw:600,children:[` `,i(`equipment.shortfall`,{count:t.shortfall})]})]}),(0,V.jsx)(F.Td,{children:e.approvedQuantity??`–`})]},e.equipment.id)})})]})})]}),(0,V.jsx)(Ct,{booking:l})]})}export{Pt as default};