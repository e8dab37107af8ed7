import{A as e,At as t,D as n,Dt as r,F as i,M as a,Ot as o,X as s,k as c}from"./index-Be3tLCc4.js";import{t as l}from"./Group-Dwl0BDqv.js";import{t as u}from"./Modal-D9I5NSP-.js";import{t as d}from"./NumberInput-DzepVaN1.js";import{t as f}from"./SimpleGrid-B6vzBtEK.js";import{t as p}from"./Table-DJ2BR8nB.js";import{t as m}from"./TextInput-CapCGyax.js";import{r as h}from"./time-DCC4qMpP.js";import{t as g}from"./useLang-DUnCNXmC.js";import{a as _,n as v,o as y,r as b,t as x}from"./shared-BtomDgi0.js";import{n as S}from"./logic-Ce0bthD8.js";var C=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipmentItem`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`stock`,storageKey:null}],storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`peakQuantity`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`peakAt`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},l={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},u={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},d={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},f={alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EquipmentAdminPageChangeStockMutation`,selections:[{alias:null,args:t,concreteType:`EquipmentPayload`,kind:`LinkedField`,name:`changeEquipmentStock`,plural:!1,selections:[r,i,a,{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`holdingBookings`,plural:!0,selections:[n,o,s,c,l,u,{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[d],storageKey:null}],storageKey:null},f],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EquipmentAdminPageChangeStockMutation`,selections:[{alias:null,args:t,concreteType:`EquipmentPayload`,kind:`LinkedField`,name:`changeEquipmentStock`,plural:!1,selections:[r,i,a,{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`holdingBookings`,plural:!0,selections:[n,o,s,c,l,u,{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:[d,n],storageKey:null}],storageKey:null},f],storageKey:null}]},params:{cacheID:`56d65ba41a99182b11508851e2dee691`,id:`a67e4804a06314098597ea96270d5cf0b41b663247ebfb050856632e1673d001`,metadata:{},name:`EquipmentAdminPageChangeStockMutation`,operationKind:`mutation`,text:`mutation EquipmentAdminPageChangeStockMutation(
  $input: ChangeStockInput!
) {
  changeEquipmentStock(input: $input) {
    equipmentItem {
      id
      stock
    }
    peakQuantity
    peakAt
    holdingBookings {
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
`}}})();C.hash=`1473a03a01bda74bb0d561e44322a847`;var w=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},n=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`EquipmentPayload`,kind:`LinkedField`,name:`editEquipment`,plural:!1,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipmentItem`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`stock`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EquipmentAdminPageEditMutation`,selections:n,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EquipmentAdminPageEditMutation`,selections:n},params:{cacheID:`4414026bcd80e8257f5a6513e651dfd3`,id:`7f848c357ad3a8bfa52769696d74509142c1210930dfd5d401a9a8d210153423`,metadata:{},name:`EquipmentAdminPageEditMutation`,operationKind:`mutation`,text:`mutation EquipmentAdminPageEditMutation(
  $input: EditEquipmentInput!
) {
  editEquipment(input: $input) {
    equipmentItem {
      id
      code
      name
      unit
      stock
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();w.hash=`207c965b9c4eb7f4cf48579528ae22b8`;var T=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},n=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`EquipmentPayload`,kind:`LinkedField`,name:`createEquipment`,plural:!1,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`equipmentItem`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`stock`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`UserError`,kind:`LinkedField`,name:`errors`,plural:!0,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`message`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`field`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`EquipmentAdminPageCreateMutation`,selections:n,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`EquipmentAdminPageCreateMutation`,selections:n},params:{cacheID:`88d9eb4bcd70cb2c165d6562828ab832`,id:`9157dc5b3e76258813717887bf48eb6c67a8295cabcf9e5ba10fc183244ebd55`,metadata:{},name:`EquipmentAdminPageCreateMutation`,operationKind:`mutation`,text:`mutation EquipmentAdminPageCreateMutation(
  $input: CreateEquipmentInput!
) {
  createEquipment(input: $input) {
    equipmentItem {
      id
      code
      name
      unit
      stock
    }
    errors {
      code
      message
      field
    }
  }
}
`}}})();T.hash=`7d4e59807bc365e889dcaf85820df495`;var E=(function(){var e=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`EquipmentItemConnection`,kind:`LinkedField`,name:`equipmentItems`,plural:!1,selections:[{alias:null,args:null,concreteType:`EquipmentItemEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`EquipmentItem`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unit`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`stock`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`equipmentItems(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`EquipmentAdminPageQuery`,selections:e,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`EquipmentAdminPageQuery`,selections:e},params:{cacheID:`093dd815d98c9eb9c47db730ec743b41`,id:`13a2f4e8523588fe1b2162ddbdd4f27769f670f5207bae3596a7d00316cc55bf`,metadata:{},name:`EquipmentAdminPageQuery`,operationKind:`query`,text:`query EquipmentAdminPageQuery {
  equipmentItems(first: 100) {
    edges {
      node {
        id
        code
        name
        unit
        stock
      }
    }
  }
}
`}}})();E.hash=`6bf3573e2f26b5b6522a6576354923e0`;var D=t(o(),1),O=n(),k=s();function A(){let{t}=r(`admin`),[n,i]=(0,D.useState)(0),o=(0,O.useLazyLoadQuery)(E,{},{fetchPolicy:`store-and-network`,fetchKey:n}),[s,u]=(0,D.useState)(null),[d,f]=(0,D.useState)(null);return(0,k.jsxs)(e,{maw:1e3,children:[(0,k.jsxs)(l,{justify:`space-between`,children:[(0,k.jsx)(c,{order:1,children:t(`equipment.title`)}),(0,k.jsx)(a,{onClick:()=>u(`new`),children:t(`equipment.new`)})]}),(0,k.jsx)(_,{minWidth:600,children:(0,k.jsxs)(p,{striped:!0,children:[(0,k.jsx)(p.Thead,{children:(0,k.jsxs)(p.Tr,{children:[(0,k.jsx)(p.Th,{children:t(`equipment.code`)}),(0,k.jsx)(p.Th,{children:t(`equipment.name`)}),(0,k.jsx)(p.Th,{children:t(`equipment.unit`)}),(0,k.jsx)(p.Th,{children:t(`equipment.stock`)}),(0,k.jsx)(p.Th,{children:t(`actions`)})]})}),(0,k.jsx)(p.Tbody,{children:o.equipmentItems.edges.map(({node:e})=>(0,k.jsxs)(p.Tr,{children:[(0,k.jsx)(p.Td,{children:e.code}),(0,k.jsx)(p.Td,{children:e.name}),(0,k.jsx)(p.Td,{children:e.unit}),(0,k.jsx)(p.Td,{children:e.stock}),(0,k.jsx)(p.Td,{children:(0,k.jsxs)(l,{gap:4,wrap:`nowrap`,children:[(0,k.jsx)(a,{size:`xs`,variant:`light`,onClick:()=>u(e),"aria-label":t(`editNamed`,{name:e.name}),children:t(`edit`)}),(0,k.jsx)(a,{size:`xs`,variant:`light`,onClick:()=>f(e),"aria-label":t(`equipment.changeStockNamed`,{name:e.name}),children:t(`equipment.changeStock`)})]})})]},e.id))})]})}),s&&(0,k.jsx)(j,{item:s===`new`?null:s,onClose:e=>{u(null),e&&i(e=>e+1)}}),d&&(0,k.jsx)(M,{item:d,onClose:()=>f(null)})]})}function j({item:t,onClose:n}){let{t:i}=r(`admin`),[o,s]=(0,D.useState)(t?.code??``),[c,p]=(0,D.useState)(t?.name??``),[h,g]=(0,D.useState)(t?.unit??``),[_,v]=(0,D.useState)(t?.stock??1),[x,C]=(0,D.useState)([]),[E,A]=(0,O.useMutation)(T),[j,M]=(0,O.useMutation)(w);function N(e){e.preventDefault();let r={code:o.trim(),name:c.trim(),unit:h.trim()},a=e=>{C(e),e.length===0&&n(!0)},s=()=>C(y(i(`network`)));t?j({variables:{input:{equipmentId:t.id,equipment:r}},onCompleted:e=>a(e.editEquipment.errors),onError:s}):E({variables:{input:{equipment:r,stock:_}},onCompleted:e=>a(e.createEquipment.errors),onError:s})}let{byField:P,general:F}=S(x,[`code`,`name`,`unit`,`stock`]);return(0,k.jsx)(u,{opened:!0,onClose:()=>n(!1),title:t?i(`equipment.editTitle`,{name:t.name}):i(`equipment.newTitle`),closeButtonProps:{"aria-label":i(`close`)},children:(0,k.jsx)(`form`,{onSubmit:N,noValidate:!0,children:(0,k.jsxs)(e,{children:[(0,k.jsx)(b,{errors:F}),(0,k.jsxs)(f,{cols:{base:1,xs:2},children:[(0,k.jsx)(m,{label:i(`equipment.code`),value:o,onChange:e=>s(e.currentTarget.value),error:P.code,required:!0,"data-autofocus":!0}),(0,k.jsx)(m,{label:i(`equipment.name`),value:c,onChange:e=>p(e.currentTarget.value),error:P.name,required:!0}),(0,k.jsx)(m,{label:i(`equipment.unit`),value:h,onChange:e=>g(e.currentTarget.value),error:P.unit,required:!0}),!t&&(0,k.jsx)(d,{label:i(`equipment.stock`),value:_,min:0,onChange:e=>v(Number(e)||0),error:P.stock})]}),(0,k.jsxs)(l,{justify:`flex-end`,children:[(0,k.jsx)(a,{variant:`default`,onClick:()=>n(!1),children:i(`cancel`)}),(0,k.jsx)(a,{type:`submit`,loading:A||M,children:i(t?`save`:`equipment.create`)})]})]})})})}function M({item:t,onClose:n}){let{t:o}=r(`admin`),s=g(),[c,f]=(0,D.useState)(t.stock),[p,m]=(0,D.useState)([]),[_,w]=(0,D.useState)(null),[T,E]=(0,O.useMutation)(C);function A(e){e.preventDefault(),w(null),T({variables:{input:{equipmentId:t.id,stock:c}},onCompleted:({changeEquipmentStock:e})=>{m(e.errors),e.errors.some(e=>e.code===`EQUIPMENT_IN_USE`)?w({peak:e.peakQuantity??null,at:e.peakAt??null,bookings:e.holdingBookings}):e.errors.length===0&&n()},onError:()=>m(y(o(`network`)))})}let{byField:j,general:M}=S(p,[`stock`]);return(0,k.jsx)(u,{opened:!0,onClose:n,title:o(`equipment.stockTitle`,{name:t.name}),size:`xl`,closeButtonProps:{"aria-label":o(`close`)},children:(0,k.jsx)(`form`,{onSubmit:A,noValidate:!0,children:(0,k.jsxs)(e,{children:[(0,k.jsx)(b,{errors:M}),(0,k.jsx)(d,{label:o(`equipment.newStock`,{unit:t.unit}),value:c,min:0,onChange:e=>f(Number(e)||0),error:j.stock,maw:240,"data-autofocus":!0}),_&&(0,k.jsx)(i,{color:`orange`,title:o(`equipment.refusedTitle`),styles:v,children:_.at&&o(`equipment.peak`,{peak:_.peak,unit:t.unit,at:h(_.at,s)})}),_&&_.bookings.length>0&&(0,k.jsx)(x,{bookings:_.bookings,caption:o(`equipment.holding`)}),(0,k.jsxs)(l,{justify:`flex-end`,children:[(0,k.jsx)(a,{variant:`default`,onClick:n,children:o(`cancel`)}),(0,k.jsx)(a,{type:`submit`,loading:E,children:o(`equipment.saveStock`)})]})]})})})}export{A as default};