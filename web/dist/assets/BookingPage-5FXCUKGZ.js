import{$ as e,A as t,C as n,Ct as r,Dt as i,E as a,F as o,G as s,I as c,L as l,M as u,N as d,O as f,Ot as p,Q as m,R as h,U as g,V as _,X as v,Z as y,_ as b,_t as x,bt as ee,ct as S,dt as C,g as w,h as T,it as E,lt as D,nt as O,r as k,ut as te,vt as ne,yt as re,z as A}from"./index-D8XgsAZ1.js";import{t as j}from"./Card-BA9ZE3Es.js";import{t as M}from"./Group-DxKkLu3x.js";import{t as ie}from"./SimpleGrid-DmCuAo0q.js";import{t as N}from"./Table-Y4ibwkrh.js";import{t as ae}from"./StatusBadge-CR24jc0y.js";import{i as P,l as oe,o as se,r as ce,s as le}from"./time-DCC4qMpP.js";import{t as F}from"./useLang-BgdDW90T.js";import{n as ue}from"./useRefresh-D9kfyIGs.js";import{n as de,t as fe}from"./Textarea-CkULcc7O.js";import{t as I}from"./get-default-z-index-yYa8620z.js";import{t as pe}from"./create-safe-context-DYx6sIEQ.js";import{t as me}from"./Paper-_Da8F6Xj.js";import{d as he,l as ge,u as _e}from"./get-option-by-label-D2D9eR86.js";import{t as ve}from"./ScrollArea-Cvclm_7v.js";import{t as ye}from"./OptionalPortal-Cann91K1.js";import{n as be,t as xe}from"./Combination-smovvG4B.js";import{t as Se}from"./NumberInput-BZTxZo-n.js";import{t as L}from"./TextInput-CHBEH5nF.js";import{t as Ce}from"./userErrors-Cr6JY8N_.js";import{t as we}from"./Select-E2-L1FQw.js";import{t as Te}from"./CopyButton-BgHNUPze.js";import{t as Ee}from"./get-auto-contrast-value-BTPwFOS2.js";var[De,R]=pe(`ModalBase component was not found in tree`),z=p(i(),1);function Oe({opened:e,transitionDuration:t}){let[n,r]=(0,z.useState)(e),i=(0,z.useRef)(-1),a=te()?0:t;return(0,z.useEffect)(()=>(e?(r(!0),window.clearTimeout(i.current)):a===0?r(!1):i.current=window.setTimeout(()=>r(!1),a),()=>window.clearTimeout(i.current)),[e,a]),n}function ke({id:e,transitionProps:t,opened:n,trapFocus:r,closeOnEscape:i,onClose:a,returnFocus:o,handledEscapeEvents:s}){let c=C(e),[l,u]=(0,z.useState)(!1),[d,f]=(0,z.useState)(!1),p=Oe({opened:n,transitionDuration:typeof t?.duration==`number`?t?.duration:200});return be(`keydown`,e=>{e.key===`Escape`&&i&&!e.isComposing&&n&&!s?.has(e)&&e.target?.getAttribute(`data-mantine-stop-propagation`)!==`true`&&(s?.add(e),a())},{capture:!0}),he({opened:n,shouldReturnFocus:r&&o}),{_id:c,titleMounted:l,bodyMounted:d,shouldLockScroll:p,setTitleMounted:u,setBodyMounted:f}}var B=e();function Ae({keepMounted:e,keepMountedMode:t=`activity`,opened:n,onClose:r,id:i,transitionProps:a,onExitTransitionEnd:o,onEnterTransitionEnd:s,trapFocus:c,closeOnEscape:l,returnFocus:u,closeOnClickOutside:d,withinPortal:f,portalProps:p,lockScroll:m,children:h,zIndex:_,shadow:v,padding:y,__vars:b,unstyled:x,removeScrollProps:S,__handledEscapeEvents:C,...w}){let{_id:T,titleMounted:E,bodyMounted:D,shouldLockScroll:O,setTitleMounted:k,setBodyMounted:te}=ke({id:i,transitionProps:a,opened:n,trapFocus:c,closeOnEscape:l,onClose:r,returnFocus:u,handledEscapeEvents:C}),{key:re,...A}=S||{};return(0,B.jsx)(ye,{...p,withinPortal:f,children:(0,B.jsx)(De,{value:{opened:n,onClose:r,closeOnClickOutside:d,onExitTransitionEnd:o,onEnterTransitionEnd:s,transitionProps:{...a,keepMounted:e,keepMountedMode:t},getTitleId:()=>`${T}-title`,getBodyId:()=>`${T}-body`,titleMounted:E,bodyMounted:D,setTitleMounted:k,setBodyMounted:te,trapFocus:c,closeOnEscape:l,zIndex:_,unstyled:x},children:(0,B.jsx)(xe,{enabled:O&&m,...A,children:(0,B.jsx)(g,{...w,id:T,__vars:{...b,"--mb-z-index":(_||I(`modal`)).toString(),"--mb-shadow":ne(v),"--mb-padding":ee(y)},children:h})},re)})})}Ae.displayName=`@mantine/core/ModalBase`;function je(){let e=R();return(0,z.useEffect)(()=>(e.setBodyMounted(!0),()=>e.setBodyMounted(!1)),[]),e.getBodyId()}var V={title:`m_615af6c9`,header:`m_b5489c3c`,inner:`m_60c222c7`,content:`m_fd1ab0aa`,close:`m_606cb269`,body:`m_5df29311`};function Me({className:e,...t}){let n=je(),r=R();return(0,B.jsx)(g,{id:n,className:S({[V.body]:!r.unstyled},e),...t})}Me.displayName=`@mantine/core/ModalBaseBody`;function Ne({className:e,onClick:t,...n}){let r=R();return(0,B.jsx)(A,{...n,onClick:e=>{r.onClose(),t?.(e)},className:S({[V.close]:!r.unstyled},e),unstyled:r.unstyled})}Ne.displayName=`@mantine/core/ModalBaseCloseButton`;function Pe({transitionProps:e,className:t,innerProps:n,onKeyDown:r,style:i,ref:a,...o}){let s=R();return(0,B.jsx)(_,{mounted:s.opened,transition:`pop`,...s.transitionProps,onExited:()=>{s.onExitTransitionEnd?.(),s.transitionProps?.onExited?.()},onEntered:()=>{s.onEnterTransitionEnd?.(),s.transitionProps?.onEntered?.()},...e,children:e=>(0,B.jsx)(`div`,{...n,className:S({[V.inner]:!s.unstyled},n.className),children:(0,B.jsx)(ge,{active:s.opened&&s.trapFocus,innerRef:a,children:(0,B.jsx)(me,{...o,component:`section`,role:`dialog`,tabIndex:-1,"aria-modal":!0,"aria-describedby":s.bodyMounted?s.getBodyId():void 0,"aria-labelledby":s.titleMounted?s.getTitleId():void 0,style:[i,e],className:S({[V.content]:!s.unstyled},t),unstyled:s.unstyled,children:o.children})})})})}Pe.displayName=`@mantine/core/ModalBaseContent`;function Fe({className:e,...t}){let n=R();return(0,B.jsx)(g,{component:`header`,className:S({[V.header]:!n.unstyled},e),...t})}Fe.displayName=`@mantine/core/ModalBaseHeader`;var Ie={duration:200,timingFunction:`ease`,transition:`fade`};function Le(e){let t=R();return{...Ie,...t.transitionProps,...e}}function Re({onClick:e,transitionProps:t,style:n,visible:r,...i}){let a=R(),o=Le(t);return(0,B.jsx)(_,{mounted:r===void 0?a.opened:r,...o,transition:`fade`,children:t=>(0,B.jsx)(_e,{fixed:!0,style:[n,t],zIndex:a.zIndex,unstyled:a.unstyled,onClick:t=>{e?.(t),a.closeOnClickOutside&&a.onClose()},...i})})}Re.displayName=`@mantine/core/ModalBaseOverlay`;function ze(){let e=R();return(0,z.useEffect)(()=>(e.setTitleMounted(!0),()=>e.setTitleMounted(!1)),[]),e.getTitleId()}function Be({className:e,...t}){let n=ze(),r=R();return(0,B.jsx)(g,{component:`h2`,className:S({[V.title]:!r.unstyled},e),id:n,...t})}Be.displayName=`@mantine/core/ModalBaseTitle`;function Ve({children:e}){return(0,B.jsx)(B.Fragment,{children:e})}var[He,H]=pe(`Modal component was not found in tree`),U={root:`m_9df02822`,content:`m_54c44539`,inner:`m_1f958f16`,header:`m_d0e2b9cd`},W=s(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,...o}=y(`ModalBody`,null,e),s=H();return(0,B.jsx)(Me,{...s.getStyles(`body`,{classNames:t,style:r,styles:i,className:n}),...o})});W.classes=U,W.displayName=`@mantine/core/ModalBody`;var G=s(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,...o}=y(`ModalCloseButton`,null,e),s=H();return(0,B.jsx)(Ne,{...s.getStyles(`close`,{classNames:t,style:r,styles:i,className:n}),...o})});G.classes=U,G.displayName=`@mantine/core/ModalCloseButton`;var K=s(e=>{let{classNames:t,className:n,style:i,styles:a,vars:o,children:s,__hidden:c,...l}=y(`ModalContent`,null,e),u=H(),d=u.scrollAreaComponent||Ve;return(0,B.jsx)(Pe,{...u.getStyles(`content`,{className:n,style:i,styles:a,classNames:t}),innerProps:u.getStyles(`inner`,{className:n,style:i,styles:a,classNames:t}),"data-full-screen":u.fullScreen||void 0,"data-modal-content":!0,"data-hidden":c||void 0,...l,children:(0,B.jsx)(d,{style:{maxHeight:u.fullScreen?`100dvh`:`calc(100dvh - (${r(u.yOffset)} * 2))`},children:s})})});K.classes=U,K.displayName=`@mantine/core/ModalContent`;var q=s(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,...o}=y(`ModalHeader`,null,e),s=H();return(0,B.jsx)(Fe,{...s.getStyles(`header`,{classNames:t,style:r,styles:i,className:n}),...o})});q.classes=U,q.displayName=`@mantine/core/ModalHeader`;var J=s(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,...o}=y(`ModalOverlay`,null,e),s=H();return(0,B.jsx)(Re,{...s.getStyles(`overlay`,{classNames:t,style:r,styles:i,className:n}),...o})});J.classes=U,J.displayName=`@mantine/core/ModalOverlay`;var Ue={__staticSelector:`Modal`,closeOnClickOutside:!0,withinPortal:!0,lockScroll:!0,trapFocus:!0,returnFocus:!0,closeOnEscape:!0,keepMounted:!1,zIndex:I(`modal`),transitionProps:{duration:200,transition:`fade-down`},yOffset:`5dvh`},We=D((e,{radius:t,size:n,yOffset:i,xOffset:a})=>({root:{"--modal-radius":t===void 0?void 0:x(t),"--modal-size":re(n,`modal-size`),"--modal-y-offset":r(i),"--modal-x-offset":r(a)}})),Y=s(e=>{let t=y(`ModalRoot`,Ue,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,yOffset:c,scrollAreaComponent:l,radius:u,fullScreen:d,centered:f,xOffset:p,__staticSelector:m,attributes:h,...g}=t,_=v({name:m,classes:U,props:t,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:h,vars:s,varsResolver:We});return(0,B.jsx)(He,{value:{yOffset:c,scrollAreaComponent:l,getStyles:_,fullScreen:d},children:(0,B.jsx)(Ae,{..._(`root`),"data-full-screen":d||void 0,"data-centered":f||void 0,"data-offset-scrollbars":l===ve.Autosize||void 0,unstyled:o,...g})})});Y.classes=U,Y.varsResolver=We,Y.displayName=`@mantine/core/ModalRoot`;var Ge=(0,z.createContext)(null);function Ke({children:e}){let[t,n]=(0,z.useState)([]),[r,i]=(0,z.useState)(I(`modal`)),[a]=(0,z.useState)(()=>new WeakSet);return(0,B.jsx)(Ge,{value:{stack:t,addModal:(e,t)=>{n(t=>[...new Set([...t,e])]),i(e=>typeof t==`number`&&typeof e==`number`?Math.max(e,t):e)},removeModal:e=>n(t=>t.filter(t=>t!==e)),getZIndex:e=>`calc(${r} + ${t.indexOf(e)} + 1)`,currentId:t[t.length-1],maxZIndex:r,handledEscapeEvents:a},children:e})}Ke.displayName=`@mantine/core/ModalStack`;var X=s(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,...o}=y(`ModalTitle`,null,e),s=H();return(0,B.jsx)(Be,{...s.getStyles(`title`,{classNames:t,style:r,styles:i,className:n}),...o})});X.classes=U,X.displayName=`@mantine/core/ModalTitle`;var qe={closeOnClickOutside:!0,withinPortal:!0,lockScroll:!0,trapFocus:!0,returnFocus:!0,closeOnEscape:!0,keepMounted:!1,zIndex:I(`modal`),transitionProps:{duration:200,transition:`fade-down`},withOverlay:!0,withCloseButton:!0},Z=s(e=>{let{title:t,withOverlay:n,overlayProps:r,withCloseButton:i,closeButtonProps:a,children:o,radius:s,opened:c,stackId:l,zIndex:u,...d}=y(`Modal`,qe,e),f=(0,z.use)(Ge),p=!!t||i,m=f&&l?{closeOnEscape:f.currentId===l,trapFocus:f.currentId===l,zIndex:f.getZIndex(l),__handledEscapeEvents:f.handledEscapeEvents}:{},h=n===!1?!1:l&&f?f.currentId===l:c;return(0,z.useEffect)(()=>{f&&l&&(c?f.addModal(l,u||I(`modal`)):f.removeModal(l))},[c,l,u]),(0,B.jsxs)(Y,{radius:s,opened:c,zIndex:f&&l?f.getZIndex(l):u,...d,...m,children:[n&&(0,B.jsx)(J,{visible:h,transitionProps:f&&l?{duration:0}:void 0,...r}),(0,B.jsxs)(K,{radius:s,__hidden:f&&l&&c?l!==f.currentId:!1,children:[p&&(0,B.jsxs)(q,{children:[t&&(0,B.jsx)(X,{children:t}),i&&(0,B.jsx)(G,{...a})]}),(0,B.jsx)(W,{children:o})]})]})});Z.classes=U,Z.displayName=`@mantine/core/Modal`,Z.Root=Y,Z.Overlay=J,Z.Content=K,Z.Body=W,Z.Header=q,Z.Title=X,Z.CloseButton=G,Z.Stack=Ke;var[Je,Ye]=pe(`Timeline component was not found in tree`),Xe={root:`m_43657ece`,itemTitle:`m_2ebe8099`,item:`m_436178ff`,itemBullet:`m_8affcee1`,itemBody:`m_540e8f41`,itemOpposite:`m_f3ba506`},Ze=s(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,__active:o,__align:s,__lineActive:c,__vars:l,bullet:u,opposite:d,alternate:f,radius:p,color:h,lineVariant:_,children:v,title:b,mod:ee,...S}=y(`TimelineItem`,null,e),C=Ye(),w=m(),T={classNames:t,styles:i},D=s===`left`&&!!f||s===`right`&&!f,O=d!=null&&(0,B.jsx)(`div`,{...C.getStyles(`itemOpposite`,T),children:d}),k=(0,B.jsxs)(`div`,{...C.getStyles(`itemBody`,T),children:[b&&(0,B.jsx)(`div`,{...C.getStyles(`itemTitle`,T),children:b}),(0,B.jsx)(`div`,{...C.getStyles(`itemContent`,T),children:v})]});return(0,B.jsxs)(g,{...C.getStyles(`item`,{...T,className:n,style:r}),mod:[{"line-active":c,active:o,alternate:f},ee],__vars:{"--tli-radius":p===void 0?void 0:x(p),"--tli-color":h?E(h,w):void 0,"--tli-border-style":_||void 0},...S,children:[D?k:O,(0,B.jsx)(g,{...C.getStyles(`itemBullet`,T),mod:{"with-child":!!u,align:s,active:o},children:u}),D?O:k]})});Ze.classes=Xe,Ze.displayName=`@mantine/core/TimelineItem`;var Qe={active:-1,align:`left`},$e=D((e,{bulletSize:t,lineWidth:n,radius:i,color:a,autoContrast:o})=>({root:{"--tl-bullet-size":r(t),"--tl-line-width":r(n),"--tl-radius":i===void 0?void 0:x(i),"--tl-color":a?E(a,e):void 0,"--tl-icon-color":Ee(o,e)?O({color:a,theme:e,autoContrast:o}):void 0}})),Q=s(e=>{let t=y(`Timeline`,Qe,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,children:c,active:l,color:u,radius:d,bulletSize:f,align:p,lineWidth:m,reverseActive:h,mod:_,autoContrast:b,attributes:x,...ee}=t,S=v({name:`Timeline`,classes:Xe,props:t,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:x,vars:s,varsResolver:$e}),C=z.Children.toArray(c),w=C.some(e=>e.props?.opposite!=null),T=C.map((e,t)=>(0,z.cloneElement)(e,{unstyled:o,__align:p,__active:e.props?.active||(h?l>=C.length-t-1:l>=t),__lineActive:e.props?.lineActive||(h?l>=C.length-t-1:l-1>=t)}));return(0,B.jsx)(Je,{value:{getStyles:S},children:(0,B.jsx)(g,{...S(`root`),mod:[{align:p,opposite:w},_],...ee,children:T})})});Q.classes=Xe,Q.varsResolver=$e,Q.displayName=`@mantine/core/Timeline`,Q.Item=Ze;var et=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`BookingPage_booking`,selections:[e,t,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[e,n,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[e,n],storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},n],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[e,n,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[e],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[e,t],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null}],storageKey:null},{args:null,kind:`FragmentSpread`,name:`Actions_booking`},{args:null,kind:`FragmentSpread`,name:`History_booking`},{args:null,kind:`FragmentSpread`,name:`Letter_booking`},{args:null,kind:`FragmentSpread`,name:`Suggestions_booking`}],type:`Booking`,abstractKey:null}})();et.hash=`fa1edc31cd94374da274801ab48d749a`;var tt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},s=[n,o];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`BookingPageSubscription`,selections:[{alias:null,args:t,concreteType:`Booking`,kind:`LinkedField`,name:`bookingChanged`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null}],type:`Subscription`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`BookingPageSubscription`,selections:[{alias:null,args:t,concreteType:`Booking`,kind:`LinkedField`,name:`bookingChanged`,plural:!1,selections:[n,r,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},i,a,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[n,o,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:s,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[o,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},n],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},o],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n,o,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[o,n],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[i,a,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:s,storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`8cb9b72eba0c43feae9e9f2f22c00982`,id:`6d0b00c4eaee3fe5c2f677d0b318ef85cfaf27bcd8a3c8d20fefe0de25bc5c49`,metadata:{},name:`BookingPageSubscription`,operationKind:`subscription`,text:`subscription BookingPageSubscription(
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
`}}})();tt.hash=`106045792a40b93032b97b2ae957aac6`;var nt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},s=[n,o];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`BookingPageQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{fragment:{kind:`InlineFragment`,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],type:`Booking`,abstractKey:null},kind:`AliasedInlineFragmentSpread`,name:`booking`}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`BookingPageQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},n,{kind:`InlineFragment`,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},i,a,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[n,o,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:s,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[o,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},n],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},o],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n,o,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},n],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[o,n],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[i,a,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:s,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null}],storageKey:null}]},params:{cacheID:`44ace3d0304bc82141b7a60adb7e4626`,id:`7dce2c274d280d404bfe422eee9e26ef4970d69c5c9d8c47249ccfad7652bb15`,metadata:{},name:`BookingPageQuery`,operationKind:`query`,text:`query BookingPageQuery(
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
`}}})();nt.hash=`0ad9d22391dcd92fefb45339f0c13187`;var $=t(),rt=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t=[e];return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`Actions_booking`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:t,storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:t,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null}})();rt.hash=`d26950562ffd757e431d71c1d57db87e`;var it=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsCancelMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`cancelBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsCancelMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`cancelBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`c83af5c05206fc6329693e8c948c9729`,id:`bebca9581be4248b4adda56406fe433845b4072eec13be9d5d976f5ed822dc23`,metadata:{},name:`ActionsCancelMutation`,operationKind:`mutation`,text:`mutation ActionsCancelMutation(
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
`}}})();it.hash=`00c3063d5791e8ccc8bf459dd312e0a2`;var at=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsApproveMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`approveBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsApproveMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`approveBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`7d8a249775958a3c202fcb1111bfe1c2`,id:`fbcdf523916f7343988faf326fa79a23950a4f79ced987bd30edd4b5f2fffa70`,metadata:{},name:`ActionsApproveMutation`,operationKind:`mutation`,text:`mutation ActionsApproveMutation(
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
`}}})();at.hash=`beec5a66ce54a820c4031298e7fe9dfc`;var ot=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsValidateMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`validateBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsValidateMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`validateBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`6b396d750bd6929ec9ccf2b5f44390d6`,id:`c4decef7921f7a9cd77d1c3d05ba1279846c3a9ec1dec6487724e82d2a1a4cc7`,metadata:{},name:`ActionsValidateMutation`,operationKind:`mutation`,text:`mutation ActionsValidateMutation(
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
`}}})();ot.hash=`5bb1ad5021784bd51d7da042ad9b6821`;var st=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsDecideMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`decideEquipmentShortfall`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsDecideMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`decideEquipmentShortfall`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`0480b692f8b4ab9f69597e279065cc44`,id:`4f634d830c704b7904c09d2a19f7ab739953b5b4d8c59e2ec29b1c6f7b7dd9af`,metadata:{},name:`ActionsDecideMutation`,operationKind:`mutation`,text:`mutation ActionsDecideMutation(
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
`}}})();st.hash=`bb6a69246c774f7537e874b0832b5cba`;var ct=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsReviewMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`reviewEquipment`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsReviewMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`reviewEquipment`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`b66d946f366af5c30180d901f1eaa93a`,id:`210b91f159eda7f3abe75896174347fa8eba80dd1b60228a539aedad3da83fdd`,metadata:{},name:`ActionsReviewMutation`,operationKind:`mutation`,text:`mutation ActionsReviewMutation(
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
`}}})();ct.hash=`baf449bf38fd4bda9de6412aeb804923`;var lt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsRejectMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`rejectBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsRejectMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`rejectBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`d15595e4873a57c096732805010eb020`,id:`3cdf45018214dc5a684e78a38a0b7fd9ec18210618693817957b0cbc30e3a059`,metadata:{},name:`ActionsRejectMutation`,operationKind:`mutation`,text:`mutation ActionsRejectMutation(
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
`}}})();lt.hash=`8ca427341e9f567e5fb3c631afc5219b`;var ut=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsResubmitMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`resubmitBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsResubmitMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`resubmitBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`891787c47ebfd2c825355f5496886cd1`,id:`d533e4021ab421e64102417b66f2f8513c2d15a8b04cbe3d2c69e13ee5e3b0e3`,metadata:{},name:`ActionsResubmitMutation`,operationKind:`mutation`,text:`mutation ActionsResubmitMutation(
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
`}}})();ut.hash=`ee1f2e1acea7d9f454e7e8b5a27548ae`;var dt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsRevisionMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`requestRevision`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsRevisionMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`requestRevision`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`4f7ceb59f1f9073a64cf5b916e74aa02`,id:`4987a53ce9af09ea4078a226e0d36034076a1aa541cb85be819a2e2d22b2ac8a`,metadata:{},name:`ActionsRevisionMutation`,operationKind:`mutation`,text:`mutation ActionsRevisionMutation(
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
`}}})();dt.hash=`5716058cb5cfa74f50aee2faf11c543d`;var ft=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ActionsVerifyMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`verifyBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ActionsVerifyMutation`,selections:[{alias:`result`,args:t,concreteType:`BookingPayload`,kind:`LinkedField`,name:`verifyBooking`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`081f193c03446efc377ec7da09cee2b5`,id:`501909503fa45491fb1b5822a2d5bd8fe0fb6c5da0004160254b4a28a4ae5eb4`,metadata:{},name:`ActionsVerifyMutation`,operationKind:`mutation`,text:`mutation ActionsVerifyMutation(
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
`}}})();ft.hash=`f46961ba1ca48cc1869d14c5ab8d1913`;var pt=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`RoomConnection`,kind:`LinkedField`,name:`rooms`,plural:!1,selections:[{alias:null,args:null,concreteType:`RoomEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`rooms(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`RoomChoiceQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`RoomChoiceQuery`,selections:e},params:{cacheID:`5785d5316c632265f901837d6001f1f4`,id:`eba0855c8c95b743be7337726d7ca9e41d4313f459d549efe03055f408ee9f7e`,metadata:{},name:`RoomChoiceQuery`,operationKind:`query`,text:`query RoomChoiceQuery {
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
`}}})();pt.hash=`03274a5f9f0beaf848067de5d6f02625`;var mt=pt;function ht({value:e,onChange:t,error:n,label:r}){let i=(0,$.useLazyLoadQuery)(mt,{},{fetchPolicy:`store-or-network`});return(0,B.jsx)(we,{label:r,data:i.rooms.edges.map(({node:e})=>({value:e.id,label:`${e.name} (${e.capacity})`})),value:e,onChange:e=>e&&t(e),searchable:!0,error:n,allowDeselect:!1})}var gt={VERIFY:ft,REQUEST_REVISION:dt,RESUBMIT:ut,REJECT:lt,REVIEW_EQUIPMENT:ct,PROCEED_WITH_SHORTFALL:st,VALIDATE:ot,APPROVE:at,CANCEL:it};gt.WITHDRAW=gt.PROCEED_WITH_SHORTFALL;var _t=[`VERIFY`,`REVIEW_EQUIPMENT`,`VALIDATE`,`APPROVE`,`RESUBMIT`,`PROCEED_WITH_SHORTFALL`,`WITHDRAW`,`REQUEST_REVISION`,`REJECT`,`CANCEL`],vt=new Set([`REJECT`,`CANCEL`,`WITHDRAW`]);function yt({booking:e}){let{t}=T(`booking`),r=(0,$.useFragment)(rt,e),[i,a]=(0,z.useState)(null),s=_t.filter(e=>r.availableActions.includes(e)),c=r.availableActions.includes(`REPORT`);return s.length===0&&!c?null:(0,B.jsxs)(B.Fragment,{children:[(0,B.jsxs)(M,{gap:`xs`,role:`group`,"aria-label":t(`actions.label`),children:[s.map(e=>(0,B.jsx)(o,{color:vt.has(e)?`red`:void 0,variant:vt.has(e)?`light`:`filled`,onClick:()=>a(e),children:t(`actions.${e}.button`)},e)),c&&(0,B.jsx)(o,{component:n,to:`/bookings/${r.id}/report`,variant:`light`,children:t(`actions.REPORT.button`)})]}),i&&(0,B.jsx)(bt,{action:i,booking:r,onClose:()=>a(null)})]})}function bt({action:e,booking:t,onClose:n}){let{t:r}=T(`booking`),i=(0,$.useRelayEnvironment)(),a=e===`REJECT`||e===`CANCEL`,s=e===`REQUEST_REVISION`,[c,u]=(0,z.useState)(``),[f,p]=(0,z.useState)(!1),[m,g]=(0,z.useState)([]),[_,v]=(0,z.useState)(se(t.startsAt)),[y,b]=(0,z.useState)(oe(t.startsAt)),[x,ee]=(0,z.useState)(oe(t.endsAt)),[S,C]=(0,z.useState)(t.room.id),[w,E]=(0,z.useState)(t.title),[D,O]=(0,z.useState)(t.purpose),[k,te]=(0,z.useState)(t.participants),[ne,re]=(0,z.useState)(null),A=new Map(t.equipmentCheck.map(e=>[e.equipment.id,e.freeQuantity])),[j,ae]=(0,z.useState)(()=>Object.fromEntries(t.equipment.map(e=>[e.equipment.id,Math.min(e.requestedQuantity,A.get(e.equipment.id)??e.requestedQuantity)])));function P(){let n=c.trim()||null,r=()=>{let e=le(_,y),n=le(_,x);return{startsAt:new Date(e).getTime()===new Date(t.startsAt).getTime()?null:e,endsAt:new Date(n).getTime()===new Date(t.endsAt).getTime()?null:n}};switch(e){case`REJECT`:case`CANCEL`:return{bookingId:t.id,reason:c.trim()};case`PROCEED_WITH_SHORTFALL`:return{bookingId:t.id,proceed:!0,note:n};case`WITHDRAW`:return{bookingId:t.id,proceed:!1,note:n};case`REVIEW_EQUIPMENT`:return{bookingId:t.id,note:n,lines:Object.entries(j).map(([e,t])=>({equipmentId:e,approvedQuantity:t}))};case`APPROVE`:return{bookingId:t.id,note:n,roomId:S===t.room.id?null:S,...r()};case`RESUBMIT`:return{bookingId:t.id,note:n,...r(),title:w.trim()===t.title?null:w.trim(),purpose:D.trim()===t.purpose?null:D.trim(),participants:k===t.participants?null:k,letter:ne};default:return{bookingId:t.id,note:n}}}function ce(t){t.preventDefault(),f||((a||s)&&!c.trim()?g([{code:`VALIDATION`,message:r(a?`actions.reasonRequired`:`actions.noteRequired`),field:a?`reason`:`note`}]):(p(!0),g([]),(0,$.commitMutation)(i,{mutation:gt[e],variables:{input:P()},onCompleted:e=>{p(!1);let{result:t}=e;t.errors.length?g(t.errors):n()},onError:()=>{p(!1),g([{code:`NETWORK`,message:r(`actions.network`),field:null}])}})))}let{byField:F,general:ue}=Ce(m,[`reason`,`note`,`startsAt`,`endsAt`,`roomId`,`lines`,`title`,`purpose`,`participants`,`letter`]),I=r(a?`actions.reason`:s?`actions.revisionNote`:`actions.note`);return(0,B.jsx)(Z,{opened:!0,onClose:n,title:r(`actions.${e}.title`),size:`lg`,closeButtonProps:{"aria-label":r(`actions.close`)},children:(0,B.jsx)(`form`,{onSubmit:ce,noValidate:!0,children:(0,B.jsxs)(d,{children:[(0,B.jsx)(l,{size:`sm`,children:r(`actions.${e}.help`)}),ue.length>0&&(0,B.jsx)(h,{color:`red`,role:`alert`,children:ue.map(e=>(0,B.jsx)(l,{size:`sm`,children:e.message},e.message))}),e===`REVIEW_EQUIPMENT`&&(0,B.jsxs)(N,{children:[(0,B.jsx)(N.Thead,{children:(0,B.jsxs)(N.Tr,{children:[(0,B.jsx)(N.Th,{children:r(`equipment.item`)}),(0,B.jsx)(N.Th,{children:r(`equipment.requested`)}),(0,B.jsx)(N.Th,{children:r(`equipment.free`)}),(0,B.jsx)(N.Th,{children:r(`equipment.approved`)})]})}),(0,B.jsx)(N.Tbody,{children:t.equipment.map(e=>(0,B.jsxs)(N.Tr,{children:[(0,B.jsx)(N.Td,{children:e.equipment.name}),(0,B.jsx)(N.Td,{children:e.requestedQuantity}),(0,B.jsx)(N.Td,{children:A.get(e.equipment.id)??`–`}),(0,B.jsx)(N.Td,{children:(0,B.jsx)(Se,{"aria-label":r(`actions.approvedFor`,{item:e.equipment.name}),min:0,max:e.requestedQuantity,value:j[e.equipment.id],onChange:t=>ae({...j,[e.equipment.id]:Number(t)||0}),w:90})})]},e.equipment.id))})]}),(e===`APPROVE`||e===`RESUBMIT`)&&(0,B.jsxs)(B.Fragment,{children:[e===`APPROVE`&&(0,B.jsx)(ht,{value:S,onChange:C,error:F.roomId,label:r(`actions.room`)}),(0,B.jsxs)(ie,{cols:{base:1,xs:3},children:[(0,B.jsx)(L,{type:`date`,label:r(`actions.date`),value:_,onChange:e=>v(e.currentTarget.value)}),(0,B.jsx)(L,{type:`time`,label:r(`actions.start`),value:y,onChange:e=>b(e.currentTarget.value),error:F.startsAt}),(0,B.jsx)(L,{type:`time`,label:r(`actions.end`),value:x,onChange:e=>ee(e.currentTarget.value),error:F.endsAt})]})]}),e===`RESUBMIT`&&(0,B.jsxs)(B.Fragment,{children:[(0,B.jsx)(L,{label:r(`actions.eventTitle`),value:w,onChange:e=>E(e.currentTarget.value),error:F.title}),(0,B.jsx)(fe,{label:r(`purpose`),value:D,onChange:e=>O(e.currentTarget.value),autosize:!0,minRows:2,error:F.purpose}),(0,B.jsx)(Se,{label:r(`participants`),value:k,min:1,onChange:e=>te(Number(e)||1),maw:200,error:F.participants}),(0,B.jsx)(de,{label:r(`actions.newLetter`),description:r(`actions.newLetterHelp`),accept:`application/pdf,image/jpeg,image/png`,value:ne,onChange:re,clearable:!0,error:F.letter})]}),(0,B.jsx)(fe,{label:I,value:c,onChange:e=>u(e.currentTarget.value),required:a||s,autosize:!0,minRows:2,error:F.reason??F.note,"data-autofocus":!0}),(0,B.jsxs)(M,{justify:`flex-end`,children:[(0,B.jsx)(o,{variant:`default`,onClick:n,children:r(`actions.close`)}),(0,B.jsx)(o,{type:`submit`,loading:f,color:vt.has(e)?`red`:void 0,children:r(`actions.${e}.confirm`)})]})]})})})}var xt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RotateCalendarTokenPayload`,kind:`LinkedField`,name:`rotateCalendarToken`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`CalendarLinkMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`CalendarLinkMutation`,selections:t},params:{cacheID:`4d8ce2a5ad35f68dad60569b1ee0ade8`,id:`3a745bb20a672b012eab70897bb934ed13791ca2710be8f607274397ff3d1b11`,metadata:{},name:`CalendarLinkMutation`,operationKind:`mutation`,text:`mutation CalendarLinkMutation(
  $input: RotateCalendarTokenInput!
) {
  rotateCalendarToken(input: $input) {
    url
    errors {
      message
    }
  }
}
`}}})();xt.hash=`170f1cb1a392f544e5aec300671ef52a`;function St({agencyId:e,roomId:t}){let{t:n}=T(`booking`),r=b(),[i,a]=(0,z.useState)(null),[s,c]=(0,z.useState)(null),[d,f]=(0,$.useMutation)(xt),p=w(r,`SERVICE_OFFICER`,`SERVICE_HEAD`,`ADMIN`),m=w(r,`REQUESTER`);if(!p&&!m)return null;let h=m?{agencyId:e}:{roomId:t};return(0,B.jsxs)(j,{withBorder:!0,children:[(0,B.jsx)(u,{order:2,size:`h4`,mb:`xs`,children:n(`calendar.title`)}),(0,B.jsx)(l,{size:`sm`,c:`dimmed`,children:n(m?`calendar.agency`:`calendar.room`)}),i?(0,B.jsxs)(M,{mt:`xs`,align:`end`,wrap:`nowrap`,children:[(0,B.jsx)(L,{label:n(`calendar.link`),value:i,readOnly:!0,style:{flex:1},onFocus:e=>e.currentTarget.select()}),(0,B.jsx)(Te,{value:i,children:({copied:e,copy:t})=>(0,B.jsx)(o,{onClick:t,variant:e?`filled`:`light`,children:n(e?`calendar.copied`:`calendar.copy`)})})]}):(0,B.jsx)(o,{mt:`xs`,size:`xs`,variant:`light`,loading:f,onClick:()=>d({variables:{input:h},onCompleted:({rotateCalendarToken:e})=>{a(e.url??null),c(e.errors[0]?.message??null)}}),children:n(`calendar.make`)}),s&&(0,B.jsx)(l,{c:`red`,size:`sm`,role:`alert`,children:s}),(0,B.jsx)(l,{size:`xs`,c:`dimmed`,mt:4,children:n(`calendar.warning`)})]})}var Ct={argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`History_booking`,selections:[{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null};Ct.hash=`7ef6c710606d38bf67face97488aa8bb`;function wt({booking:e}){let{t}=T(`booking`),n=F(),r=(0,$.useFragment)(Ct,e);return(0,B.jsxs)(j,{withBorder:!0,component:`section`,"aria-labelledby":`history-title`,children:[(0,B.jsx)(u,{order:2,size:`h4`,mb:`sm`,id:`history-title`,children:t(`history.title`)}),(0,B.jsx)(Q,{active:r.history.length-1,bulletSize:14,lineWidth:2,children:r.history.map(e=>(0,B.jsxs)(Q.Item,{title:t(`action.${e.action}`),children:[(0,B.jsxs)(l,{size:`sm`,children:[e.actor?e.actor.name:t(`history.system`),e.actorRole?` (${t(`role.${e.actorRole}`,{ns:`common`})})`:``,` · `,ce(e.at,n)]}),(0,B.jsxs)(l,{size:`sm`,c:`dimmed`,children:[e.fromStatus?`${t(`status.${e.fromStatus}`,{ns:`common`})} → `:``,t(`status.${e.toStatus}`,{ns:`common`})]}),e.note&&(0,B.jsxs)(l,{size:`sm`,fs:`italic`,children:[`“`,e.note,`”`]})]},`${e.at}-${e.action}-${e.toStatus}`))})]})}var Tt={argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`Letter_booking`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null};Tt.hash=`312aa46613fdcdc6fa5cd7704c1ceadc`;var Et=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={kind:`InlineFragment`,selections:[{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`downloadUrl`,storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`LetterUrlQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[n],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`LetterUrlQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},n,{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null}]},params:{cacheID:`9b38867a8f1f564e5e3fcf6ce7e0d87d`,id:`325356b609505b6549348dceef05c336ec1796a0ed28811aac848106e3aea560`,metadata:{},name:`LetterUrlQuery`,operationKind:`query`,text:`query LetterUrlQuery(
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
`}}})();Et.hash=`5928d2761aaee23c371857b83697c14c`;var Dt=Et;function Ot({booking:e}){let{t}=T(`booking`),n=(0,$.useRelayEnvironment)(),r=(0,$.useFragment)(Tt,e),[i,a]=(0,z.useState)(null);if(!r.letter)return null;let s=r.letter,c=async()=>(await(0,$.fetchQuery)(n,Dt,{id:r.id}).toPromise())?.node?.letter?.downloadUrl??null,d=s.contentType===`application/pdf`;return(0,B.jsxs)(j,{withBorder:!0,children:[(0,B.jsx)(u,{order:2,size:`h4`,mb:`xs`,children:t(`letter.title`)}),(0,B.jsxs)(l,{size:`sm`,c:`dimmed`,children:[d?`PDF`:s.contentType.replace(`image/`,``).toUpperCase(),` · `,Math.ceil(s.size/1024),` KB`]}),(0,B.jsxs)(M,{mt:`xs`,children:[(0,B.jsx)(o,{size:`xs`,variant:`light`,onClick:async()=>a(i?null:await c()),"aria-expanded":i!==null,children:t(i?`letter.hide`:`letter.preview`)}),(0,B.jsx)(o,{size:`xs`,variant:`default`,onClick:async()=>{let e=await c();if(!e)return;let t=document.createElement(`a`);t.href=e,t.download=`${r.reference}`,t.rel=`noopener`,document.body.appendChild(t),t.click(),t.remove()},children:t(`letter.download`)})]}),i&&(d?(0,B.jsx)(`iframe`,{src:i,title:t(`letter.title`),style:{width:`100%`,height:480,border:0,marginTop:8}}):(0,B.jsx)(`img`,{src:i,alt:t(`letter.title`),style:{maxWidth:`100%`,marginTop:8}}))]})}var kt=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null}],storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},c=[r,s];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`SuggestionsMutation`,selections:[{alias:null,args:t,concreteType:`AcceptRescheduleSuggestionPayload`,kind:`LinkedField`,name:`acceptRescheduleSuggestion`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`BookingPage_booking`}],storageKey:null},n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`SuggestionsMutation`,selections:[{alias:null,args:t,concreteType:`AcceptRescheduleSuggestionPayload`,kind:`LinkedField`,name:`acceptRescheduleSuggestion`,plural:!1,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`purpose`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},a,o,{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`requester`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r],storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},s],storageKey:null},{alias:null,args:null,concreteType:`EquipmentLine`,kind:`LinkedField`,name:`equipment`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`requestedQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`approvedQuantity`,storageKey:null},{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r,s,{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`EquipmentCheck`,kind:`LinkedField`,name:`equipmentCheck`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipment`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeQuantity`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`shortfall`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`BookingSeries`,kind:`LinkedField`,name:`series`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`report`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`HistoryEntry`,kind:`LinkedField`,name:`history`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`at`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`action`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`fromStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`toStatus`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`actorRole`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`note`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`actor`,plural:!1,selections:[s,r],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`Document`,kind:`LinkedField`,name:`letter`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`contentType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`size`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[a,o,{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:c,storageKey:null}],storageKey:null}],storageKey:null},n],storageKey:null}]},params:{cacheID:`7bf78be646583eda4b864e2f3fee4ed7`,id:`b0b412b4bd86fbe45bf52db9e50a4c60e1de336e80824139ce58ab245f9c4523`,metadata:{},name:`SuggestionsMutation`,operationKind:`mutation`,text:`mutation SuggestionsMutation(
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
`}}})();kt.hash=`ef6ea14db5d198f396afb09250f9c1a0`;var At=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`Suggestions_booking`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null},{alias:null,args:null,concreteType:`RescheduleSuggestion`,kind:`LinkedField`,name:`rescheduleSuggestions`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`sameRoom`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Booking`,abstractKey:null}})();At.hash=`36370f334e4460444d0c49fc41ab68bd`;function jt({booking:e}){let{t}=T(`booking`),n=F(),r=(0,$.useFragment)(At,e),[i,a]=(0,z.useState)(null),[s,c]=(0,$.useMutation)(kt);if(r.status!==`RESCHEDULE_REQUIRED`)return null;let u=r.availableActions.includes(`ACCEPT_SUGGESTION`);return(0,B.jsx)(h,{color:`orange`,title:t(`suggestions.title`),children:(0,B.jsxs)(d,{gap:`xs`,children:[(0,B.jsx)(l,{size:`sm`,children:t(`suggestions.intro`)}),r.rescheduleSuggestions.length===0&&(0,B.jsx)(l,{size:`sm`,children:t(`suggestions.none`)}),r.rescheduleSuggestions.map(e=>(0,B.jsxs)(M,{justify:`space-between`,wrap:`wrap`,children:[(0,B.jsxs)(l,{size:`sm`,children:[e.room.name,` · `,P(e.startsAt,e.endsAt,n)]}),u&&(0,B.jsx)(o,{size:`xs`,loading:c,"aria-label":t(`suggestions.takeLabel`,{room:e.room.name,when:P(e.startsAt,e.endsAt,n)}),onClick:()=>s({variables:{input:{bookingId:r.id,roomId:e.room.id,startsAt:e.startsAt}},onCompleted:({acceptRescheduleSuggestion:e})=>a(e.errors[0]?.message??null)}),children:t(`suggestions.take`)})]},`${e.room.id}${e.startsAt}`)),i&&(0,B.jsx)(l,{c:`red`,size:`sm`,role:`alert`,children:i})]})})}var Mt=nt,Nt=tt,Pt=et;function Ft(){let{bookingId:e=``}=f(),t=ue(),n=(0,$.useLazyLoadQuery)(Mt,{id:e},{fetchPolicy:`store-and-network`,fetchKey:t}).node?.booking;return n?(0,B.jsx)(It,{booking:n,id:e}):(0,B.jsx)(k,{})}function It({booking:e,id:t}){let{t:r}=T(`booking`),i=F(),o=a(),s=(0,$.useFragment)(Pt,e),f=(0,z.useMemo)(()=>({subscription:Nt,variables:{id:t}}),[t]);(0,$.useSubscription)(f);let p=o.state?.submitted,m=new Map(s.equipmentCheck.map(e=>[e.equipment.id,e]));return(0,B.jsxs)(d,{children:[p&&(0,B.jsx)(h,{color:`green`,role:`status`,children:r(`submitted`,{reference:p})}),(0,B.jsx)(M,{justify:`space-between`,align:`start`,wrap:`wrap`,children:(0,B.jsxs)(d,{gap:2,children:[(0,B.jsxs)(l,{c:`dimmed`,size:`sm`,children:[s.reference,s.series&&(0,B.jsxs)(B.Fragment,{children:[` · `,r(`seriesOf`,{reference:s.series.reference})]})]}),(0,B.jsx)(u,{order:1,children:s.title}),(0,B.jsxs)(M,{gap:`xs`,children:[(0,B.jsx)(ae,{status:s.status}),s.step&&(0,B.jsx)(l,{size:`sm`,c:`dimmed`,children:r(`waitingOn`,{n:s.step.number,name:s.step.name})})]})]})}),(0,B.jsx)(yt,{booking:s}),(0,B.jsx)(jt,{booking:s}),(0,B.jsxs)(ie,{cols:{base:1,md:2},children:[(0,B.jsxs)(j,{withBorder:!0,children:[(0,B.jsx)(u,{order:2,size:`h4`,mb:`xs`,children:r(`details`)}),(0,B.jsxs)(`dl`,{className:`facts`,children:[(0,B.jsx)(`dt`,{children:r(`when`)}),(0,B.jsx)(`dd`,{children:P(s.startsAt,s.endsAt,i)}),(0,B.jsx)(`dt`,{children:r(`room`)}),(0,B.jsx)(`dd`,{children:(0,B.jsx)(c,{component:n,to:`/rooms/${s.room.id}`,children:s.room.name})}),(0,B.jsx)(`dt`,{children:r(`agency`)}),(0,B.jsx)(`dd`,{children:s.agency.name}),(0,B.jsx)(`dt`,{children:r(`requester`)}),(0,B.jsxs)(`dd`,{children:[s.requester.name,s.requester.phone?` · ${s.requester.phone}`:``]}),(0,B.jsx)(`dt`,{children:r(`participants`)}),(0,B.jsx)(`dd`,{children:s.participants}),(0,B.jsx)(`dt`,{children:r(`purpose`)}),(0,B.jsx)(`dd`,{children:s.purpose})]})]}),(0,B.jsxs)(d,{children:[(0,B.jsx)(Ot,{booking:s}),(0,B.jsx)(St,{agencyId:s.agency.id,roomId:s.room.id})]})]}),s.equipment.length>0&&(0,B.jsxs)(j,{withBorder:!0,children:[(0,B.jsx)(u,{order:2,size:`h4`,mb:`xs`,children:r(`equipment.title`)}),(0,B.jsx)(N.ScrollContainer,{minWidth:480,children:(0,B.jsxs)(N,{children:[(0,B.jsx)(N.Thead,{children:(0,B.jsxs)(N.Tr,{children:[(0,B.jsx)(N.Th,{children:r(`equipment.item`)}),(0,B.jsx)(N.Th,{children:r(`equipment.requested`)}),(0,B.jsx)(N.Th,{children:r(`equipment.free`)}),(0,B.jsx)(N.Th,{children:r(`equipment.approved`)})]})}),(0,B.jsx)(N.Tbody,{children:s.equipment.map(e=>{let t=m.get(e.equipment.id);return(0,B.jsxs)(N.Tr,{children:[(0,B.jsx)(N.Td,{children:e.equipment.name}),(0,B.jsxs)(N.Td,{children:[e.requestedQuantity,` `,e.equipment.unit]}),(0,B.jsxs)(N.Td,{children:[t?t.freeQuantity:`–`,t&&t.shortfall>0&&(0,B.jsxs)(l,{component:`span`,c:`red.8`,fw:600,children:[` `,r(`equipment.shortfall`,{count:t.shortfall})]})]}),(0,B.jsx)(N.Td,{children:e.approvedQuantity??`–`})]},e.equipment.id)})})]})})]}),(0,B.jsx)(wt,{booking:s})]})}export{Ft as default};