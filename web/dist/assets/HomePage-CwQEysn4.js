import{At as e,I as t,L as n,N as r,Ot as i,P as a,R as o,_ as s,d as c,et as l,g as u,j as d,n as f,v as p,w as m,z as h}from"./index-BebB5HRp.js";import{t as g}from"./Card-CyBNF24u.js";import{t as _}from"./SimpleGrid-BUUdasMR.js";import{n as v,t as y}from"./useRefresh-wt20keN2.js";import{t as b}from"./Group-BgBu_uJY.js";import{i as x,o as S,r as C,s as w,t as T}from"./time-DCC4qMpP.js";import{t as E}from"./useLang-DddKN5rK.js";import{t as D}from"./StatusBadge-CF7vHc_H.js";import{t as O}from"./Table-DhQkFtIh.js";import{t as k}from"./Badge-BErdBO1x.js";var A=e(i(),1),j=(function(){var e={kind:`Literal`,name:`first`,value:1},t={alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},n=[t],r=[{alias:`failed`,args:[e,{kind:`Literal`,name:`status`,value:`FAILED`}],concreteType:`DeliveryConnection`,kind:`LinkedField`,name:`notificationDeliveries`,plural:!1,selections:n,storageKey:`notificationDeliveries(first:1,status:"FAILED")`},{alias:`pending`,args:[e,{kind:`Literal`,name:`status`,value:`PENDING`}],concreteType:`DeliveryConnection`,kind:`LinkedField`,name:`notificationDeliveries`,plural:!1,selections:n,storageKey:`notificationDeliveries(first:1,status:"PENDING")`},{alias:null,args:[{kind:`Literal`,name:`first`,value:100}],concreteType:`RoomConnection`,kind:`LinkedField`,name:`rooms`,plural:!1,selections:[t,{alias:null,args:null,concreteType:`RoomEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,concreteType:`RoomRules`,kind:`LinkedField`,name:`rules`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`minLeadMinutes`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`bufferMinutes`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`maxDurationMinutes`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null}],storageKey:`rooms(first:100)`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`AdminHomeQuery`,selections:r,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`AdminHomeQuery`,selections:r},params:{cacheID:`cc687c1e3c0dd7edb710aec84720714b`,id:`ae0a5084c5c7bfd207b2d7a52f6426d1d2542da62ca3ffacff8958cb17f24dff`,metadata:{},name:`AdminHomeQuery`,operationKind:`query`,text:`query AdminHomeQuery {
  failed: notificationDeliveries(status: FAILED, first: 1) {
    totalCount
  }
  pending: notificationDeliveries(status: PENDING, first: 1) {
    totalCount
  }
  rooms(first: 100) {
    totalCount
    edges {
      node {
        id
        name
        rules {
          minLeadMinutes
          bufferMinutes
          maxDurationMinutes
        }
      }
    }
  }
}
`}}})();j.hash=`c14e0e750949332c2dce75fbfb48531f`;var M=d(),N=l(),P=j;function F(){let{t:e}=u(`home`),t=v(),i=(0,M.useLazyLoadQuery)(P,{},{fetchPolicy:`store-and-network`,fetchKey:t}),s=i.rooms.edges.filter(({node:e})=>e.rules.minLeadMinutes>0||e.rules.bufferMinutes>0).length;return(0,N.jsxs)(a,{component:`section`,"aria-labelledby":`admin-title`,children:[(0,N.jsx)(r,{order:2,id:`admin-title`,children:e(`admin.title`)}),(0,N.jsxs)(_,{cols:{base:1,sm:2},children:[(0,N.jsxs)(g,{withBorder:!0,children:[(0,N.jsx)(o,{fw:600,children:e(`admin.deliveries`)}),(0,N.jsx)(o,{c:i.failed.totalCount>0?`red.8`:void 0,children:e(`admin.failed`,{count:i.failed.totalCount})}),(0,N.jsx)(o,{children:e(`admin.pending`,{count:i.pending.totalCount})}),(0,N.jsx)(n,{component:m,to:`/admin/deliveries`,children:e(`admin.openDeliveries`)})]}),(0,N.jsxs)(g,{withBorder:!0,children:[(0,N.jsx)(o,{fw:600,children:e(`admin.rules`)}),(0,N.jsx)(o,{children:e(`admin.rooms`,{count:i.rooms.totalCount})}),(0,N.jsx)(o,{children:e(`admin.roomsWithRules`,{count:s})}),(0,N.jsx)(n,{component:m,to:`/admin/rules`,children:e(`admin.openRules`)})]})]})]})}var I=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`since`}],t=[{fields:[{kind:`Variable`,name:`startsAfter`,variableName:`since`},{kind:`Literal`,name:`status`,value:[`APPROVED`]}],kind:`ObjectValue`,name:`filter`},{kind:`Literal`,name:`first`,value:20}],n={alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`participants`,storageKey:null},l={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},u=[l],d={alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:u,storageKey:null},f=[{kind:`Literal`,name:`first`,value:5}],p={alias:null,args:null,kind:`ScalarField`,name:`reportedAt`,storageKey:null},m={alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,a],storageKey:null},h=[l,r],g={alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:h,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`LeadershipHomeQuery`,selections:[{alias:null,args:t,concreteType:`BookingConnection`,kind:`LinkedField`,name:`bookings`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`BookingEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,i,a,o,s,c,{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:u,storageKey:null},d],storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:f,concreteType:`EventReportConnection`,kind:`LinkedField`,name:`eventReports`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`EventReportEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,p,m,d],storageKey:null}],storageKey:null}],storageKey:`eventReports(first:5)`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`LeadershipHomeQuery`,selections:[{alias:null,args:t,concreteType:`BookingConnection`,kind:`LinkedField`,name:`bookings`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`BookingEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,i,a,o,s,c,{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:h,storageKey:null},g],storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:f,concreteType:`EventReportConnection`,kind:`LinkedField`,name:`eventReports`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`EventReportEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`EventReport`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,p,m,g],storageKey:null}],storageKey:null}],storageKey:`eventReports(first:5)`}]},params:{cacheID:`b52a998733036bcc4e8abc686f5675c9`,id:`e5840f7e8dc2ab4488c5802fd99c07ff9db9342eb04bcaf8346b0040619b3361`,metadata:{},name:`LeadershipHomeQuery`,operationKind:`query`,text:`query LeadershipHomeQuery(
  $since: DateTime!
) {
  bookings(first: 20, filter: {startsAfter: $since, status: [APPROVED]}) {
    totalCount
    edges {
      node {
        id
        reference
        title
        startsAt
        endsAt
        participants
        room {
          name
          id
        }
        agency {
          name
          id
        }
      }
    }
  }
  eventReports(first: 5) {
    totalCount
    edges {
      node {
        id
        reportedAt
        booking {
          id
          title
        }
        agency {
          name
          id
        }
      }
    }
  }
}
`}}})();I.hash=`54d60f6399f52be65e2c7298bbfda431`;var L=I;function R(){let{t:e}=u(`home`),t=E(),i=v(),s=w(S(),`00:00`),c=(0,M.useLazyLoadQuery)(L,{since:s},{fetchPolicy:`store-and-network`,fetchKey:i});return(0,N.jsxs)(a,{component:`section`,"aria-labelledby":`events-title`,children:[(0,N.jsx)(r,{order:2,id:`events-title`,children:e(`leadership.upcoming`)}),c.bookings.edges.length===0&&(0,N.jsx)(o,{children:e(`leadership.none`)}),(0,N.jsx)(a,{gap:`xs`,component:`ul`,p:0,m:0,style:{listStyle:`none`},children:c.bookings.edges.map(({node:r})=>(0,N.jsxs)(g,{withBorder:!0,padding:`sm`,component:`li`,children:[(0,N.jsx)(n,{component:m,to:`/bookings/${r.id}`,fw:600,children:r.title}),(0,N.jsxs)(o,{size:`sm`,children:[x(r.startsAt,r.endsAt,t),` · `,r.room.name]}),(0,N.jsxs)(o,{size:`sm`,c:`dimmed`,children:[r.agency.name,` · `,e(`leadership.participants`,{count:r.participants})]})]},r.id))}),(0,N.jsxs)(b,{justify:`space-between`,align:`baseline`,children:[(0,N.jsx)(r,{order:2,size:`h3`,children:e(`leadership.reports`)}),(0,N.jsx)(n,{component:m,to:`/reports`,children:e(`leadership.allReports`,{count:c.eventReports.totalCount})})]}),c.eventReports.edges.length===0&&(0,N.jsx)(o,{children:e(`leadership.noReports`)}),c.eventReports.edges.map(({node:e})=>(0,N.jsxs)(o,{size:`sm`,children:[(0,N.jsx)(n,{component:m,to:`/bookings/${e.booking.id}`,children:e.booking.title}),` `,`· `,e.agency.name]},e.id))]})}var z=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`since`}],t=[{fields:[{kind:`Variable`,name:`startsAfter`,variableName:`since`}],kind:`ObjectValue`,name:`filter`},{kind:`Literal`,name:`first`,value:100}],n={alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},l={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},u={alias:null,args:null,kind:`ScalarField`,name:`availableActions`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`RequesterHomeQuery`,selections:[{alias:null,args:t,concreteType:`BookingConnection`,kind:`LinkedField`,name:`bookings`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`BookingEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,i,a,o,s,c,{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[l],storageKey:null},u],storageKey:null}],storageKey:null}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`RequesterHomeQuery`,selections:[{alias:null,args:t,concreteType:`BookingConnection`,kind:`LinkedField`,name:`bookings`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`BookingEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,i,a,o,s,c,{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:[l,r],storageKey:null},u],storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`6fed90e5513d91df9626ea9d370eb60e`,id:`e851c8d96f4382b1aa312101b92861d00e3825ff4898d57af6ad5488c6b84bcd`,metadata:{},name:`RequesterHomeQuery`,operationKind:`query`,text:`query RequesterHomeQuery(
  $since: DateTime!
) {
  bookings(first: 100, filter: {startsAfter: $since}) {
    totalCount
    edges {
      node {
        id
        reference
        title
        status
        startsAt
        endsAt
        room {
          name
          id
        }
        availableActions
      }
    }
  }
}
`}}})();z.hash=`aedd310726cead917cfd56aa27c4a925`;var B={SUBMITTED:`wait`,REVISION_REQUESTED:`you`,EQUIPMENT_REVIEW:`wait`,AWAITING_REQUESTER:`you`,VALIDATION:`wait`,SCHEDULING:`wait`,APPROVED:`wait`,RESCHEDULE_REQUIRED:`you`,COMPLETED:`you`,REPORTED:`done`,NO_SHOW:`done`,REJECTED:`done`,CANCELLED:`done`},V=z;function H(){let{t:e}=u(`home`),i=E(),s=v(),l=c(),d=w(T(S(),-7),`00:00`),f=(0,M.useLazyLoadQuery)(V,{since:d},{fetchPolicy:`store-and-network`,fetchKey:s}).bookings.edges.map(e=>e.node),p=f.filter(e=>B[e.status]===`you`),_=f.filter(e=>B[e.status]!==`you`),y=t=>(0,N.jsxs)(g,{withBorder:!0,padding:`sm`,component:`li`,children:[(0,N.jsxs)(b,{justify:`space-between`,wrap:`wrap`,gap:`xs`,children:[(0,N.jsx)(n,{component:m,to:`/bookings/${t.id}`,fw:600,children:t.title}),(0,N.jsx)(D,{status:t.status})]}),(0,N.jsxs)(o,{size:`sm`,children:[t.room.name,` · `,x(t.startsAt,t.endsAt,i)]}),(0,N.jsxs)(o,{size:`sm`,c:B[t.status]===`you`?`red.9`:`dimmed`,children:[t.reference,` · `,e(`next.${t.status}`)]})]},t.id);return(0,N.jsxs)(a,{component:`section`,"aria-labelledby":`mine-title`,children:[(0,N.jsxs)(b,{justify:`space-between`,children:[(0,N.jsx)(r,{order:2,id:`mine-title`,children:e(`requester.title`)}),(0,N.jsx)(t,{component:m,to:`/requests/new`,children:e(`requester.new`)})]}),l.api===`down`&&(0,N.jsx)(h,{color:`yellow`,variant:`light`,children:e(`requester.offline`)}),p.length>0&&(0,N.jsxs)(a,{gap:`xs`,children:[(0,N.jsx)(r,{order:3,size:`h4`,children:e(`requester.yourTurn`,{count:p.length})}),(0,N.jsx)(a,{gap:`xs`,component:`ul`,p:0,m:0,style:{listStyle:`none`},children:p.map(y)})]}),(0,N.jsxs)(a,{gap:`xs`,children:[(0,N.jsx)(r,{order:3,size:`h4`,children:e(`requester.all`,{count:_.length})}),_.length===0&&p.length===0?(0,N.jsx)(o,{children:e(`requester.empty`)}):(0,N.jsx)(a,{gap:`xs`,component:`ul`,p:0,m:0,style:{listStyle:`none`},children:_.map(y)})]})]})}var U=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},t=[e];return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`TaskInbox_tasks`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`TaskEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Task`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`enteredAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`dueAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`breached`,storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},e],storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:t,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:t,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null}],type:`TaskConnection`,abstractKey:null}})();U.hash=`066e74015f23bab229fa97b898665dd9`;var W=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`first`}],t=[{kind:`Variable`,name:`first`,variableName:`first`}],n={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i=[n,r];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`TaskInboxSubscription`,selections:[{alias:null,args:t,concreteType:`TaskConnection`,kind:`LinkedField`,name:`myTasksChanged`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`TaskInbox_tasks`}],storageKey:null}],type:`Subscription`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`TaskInboxSubscription`,selections:[{alias:null,args:t,concreteType:`TaskConnection`,kind:`LinkedField`,name:`myTasksChanged`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`TaskEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Task`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`enteredAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`dueAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`breached`,storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},n],storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:i,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:i,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`3a466909813a2682d4a62bbca4ba4460`,id:`981a5ab29c9ed6475d9135f05c1c5cdc8c3fcdf176767d1d4ebda47a6a079fdf`,metadata:{},name:`TaskInboxSubscription`,operationKind:`subscription`,text:`subscription TaskInboxSubscription(
  $first: Int!
) {
  myTasksChanged(first: $first) {
    ...TaskInbox_tasks
  }
}

fragment TaskInbox_tasks on TaskConnection {
  totalCount
  edges {
    node {
      enteredAt
      dueAt
      breached
      step {
        number
        name
      }
      booking {
        id
        reference
        title
        status
        startsAt
        endsAt
        room {
          name
          id
        }
        agency {
          name
          id
        }
      }
    }
  }
}
`}}})();W.hash=`4bdd779a4f48f8a9b2c9081aadf0606c`;var G=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`first`},{defaultValue:null,kind:`LocalArgument`,name:`from`},{defaultValue:null,kind:`LocalArgument`,name:`to`}],t=[{kind:`Variable`,name:`first`,variableName:`first`}],n={alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},i={alias:null,args:[{kind:`Variable`,name:`from`,variableName:`from`},{kind:`Variable`,name:`to`,variableName:`to`}],concreteType:`TimeRange`,kind:`LinkedField`,name:`workingPeriods`,plural:!0,selections:[n,r],storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},s=[a,o];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`TaskInboxQuery`,selections:[{alias:null,args:t,concreteType:`TaskConnection`,kind:`LinkedField`,name:`myTasks`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`TaskInbox_tasks`}],storageKey:null},i],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`TaskInboxQuery`,selections:[{alias:null,args:t,concreteType:`TaskConnection`,kind:`LinkedField`,name:`myTasks`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`TaskEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Task`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`enteredAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`dueAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`breached`,storageKey:null},{alias:null,args:null,concreteType:`Step`,kind:`LinkedField`,name:`step`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`number`,storageKey:null},a],storageKey:null},{alias:null,args:null,concreteType:`Booking`,kind:`LinkedField`,name:`booking`,plural:!1,selections:[o,{alias:null,args:null,kind:`ScalarField`,name:`reference`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},n,r,{alias:null,args:null,concreteType:`Room`,kind:`LinkedField`,name:`room`,plural:!1,selections:s,storageKey:null},{alias:null,args:null,concreteType:`Agency`,kind:`LinkedField`,name:`agency`,plural:!1,selections:s,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null},i]},params:{cacheID:`109f2d6bc3bcecba8b0d196305d62866`,id:`38df0f9cdcc7b129fe387fa1a07a379222ef4c54b9b2362858b74f5c4ab7c647`,metadata:{},name:`TaskInboxQuery`,operationKind:`query`,text:`query TaskInboxQuery(
  $first: Int!
  $from: Date!
  $to: Date!
) {
  myTasks(first: $first) {
    ...TaskInbox_tasks
  }
  workingPeriods(from: $from, to: $to) {
    startsAt
    endsAt
  }
}

fragment TaskInbox_tasks on TaskConnection {
  totalCount
  edges {
    node {
      enteredAt
      dueAt
      breached
      step {
        number
        name
      }
      booking {
        id
        reference
        title
        status
        startsAt
        endsAt
        room {
          name
          id
        }
        agency {
          name
          id
        }
      }
    }
  }
}
`}}})();G.hash=`f87d94ae6b40adac6cdd683f85df815c`;var K=e=>typeof e==`number`?e:new Date(e).getTime();function q(e,t,n){let r=K(t),i=K(n);if(i<=r)return 0;let a=0;for(let t of e){let e=Math.max(r,K(t.startsAt)),n=Math.min(i,K(t.endsAt));n>e&&(a+=n-e)}return a/6e4}function J(e,t,n){let r=K(t);return n<=r?q(e,n,r):-q(e,r,n)}function Y(e,t){return e.some(e=>K(e.startsAt)<=t&&t<K(e.endsAt))}function X(e){let t=Math.floor(Math.abs(e));return{days:Math.floor(t/1440),hours:Math.floor(t%1440/60),minutes:t%60}}function Z({dueAt:e,periods:t,now:n}){let{t:r}=u(`home`),i=J(t,e,n),{days:a,hours:s,minutes:c}=X(i),l=a*24+s,d=l>0?r(`countdown.hm`,{h:l,m:c}):r(`countdown.m`,{m:c}),f=Y(t,n);return i<=0?(0,N.jsx)(k,{color:`red`,variant:`filled`,style:{textTransform:`none`},children:r(`countdown.breached`,{span:d})}):(0,N.jsxs)(o,{size:`sm`,c:i<60?`red.9`:void 0,fw:i<60?600:void 0,component:`span`,children:[r(`countdown.left`,{span:d}),!f&&(0,N.jsxs)(N.Fragment,{children:[` · `,r(`countdown.paused`)]})]})}var Q=100,$=G,ee=W,te=U;function ne(){let{t:e}=u(`home`),t=E(),i=v(),s=S(),c=(0,M.useLazyLoadQuery)($,{first:Q,from:T(s,-15),to:T(s,15)},{fetchPolicy:`store-and-network`,fetchKey:i}),l=(0,A.useMemo)(()=>({subscription:ee,variables:{first:Q},updater:e=>{let t=e.getRootField(`myTasksChanged`);t&&e.getRoot().setLinkedRecord(t,`myTasks`,{first:Q})}}),[]);(0,M.useSubscription)(l);let d=y(15e3),f=(0,M.useFragment)(te,c.myTasks),p=f.edges.map(e=>e.node),h=p.filter(e=>new Date(e.dueAt).getTime()<=d).length;return(0,N.jsxs)(a,{component:`section`,"aria-labelledby":`tasks-title`,children:[(0,N.jsxs)(b,{justify:`space-between`,align:`baseline`,children:[(0,N.jsx)(r,{order:2,id:`tasks-title`,children:e(`tasks.title`)}),(0,N.jsxs)(o,{size:`sm`,c:`dimmed`,children:[e(`tasks.count`,{count:f.totalCount}),h>0&&(0,N.jsxs)(N.Fragment,{children:[` · `,e(`tasks.breachedCount`,{count:h})]})]})]}),p.length===0?(0,N.jsx)(o,{children:e(`tasks.empty`)}):(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(O.ScrollContainer,{minWidth:640,visibleFrom:`sm`,children:(0,N.jsxs)(O,{striped:!0,highlightOnHover:!0,children:[(0,N.jsx)(O.Thead,{children:(0,N.jsxs)(O.Tr,{children:[(0,N.jsx)(O.Th,{children:e(`tasks.booking`)}),(0,N.jsx)(O.Th,{children:e(`tasks.step`)}),(0,N.jsx)(O.Th,{children:e(`tasks.waitingSince`)}),(0,N.jsx)(O.Th,{children:e(`tasks.standard`)})]})}),(0,N.jsx)(O.Tbody,{children:p.map(r=>(0,N.jsxs)(O.Tr,{"data-breached":r.breached||void 0,children:[(0,N.jsxs)(O.Td,{children:[(0,N.jsxs)(n,{component:m,to:`/bookings/${r.booking.id}`,fw:600,children:[r.booking.reference,` · `,r.booking.title]}),(0,N.jsxs)(o,{size:`xs`,c:`dimmed`,children:[r.booking.agency.name,` · `,r.booking.room.name,` ·`,` `,x(r.booking.startsAt,r.booking.endsAt,t)]})]}),(0,N.jsxs)(O.Td,{children:[(0,N.jsx)(o,{size:`sm`,children:e(`tasks.stepN`,{n:r.step.number,name:r.step.name})}),(0,N.jsx)(D,{status:r.booking.status})]}),(0,N.jsx)(O.Td,{children:(0,N.jsx)(o,{size:`sm`,children:C(r.enteredAt,t)})}),(0,N.jsxs)(O.Td,{children:[(0,N.jsx)(Z,{dueAt:r.dueAt,periods:c.workingPeriods,now:d}),(0,N.jsx)(o,{size:`xs`,c:`dimmed`,children:e(`tasks.due`,{at:C(r.dueAt,t)})})]})]},r.booking.id))})]})}),(0,N.jsx)(a,{hiddenFrom:`sm`,gap:`xs`,children:p.map(e=>(0,N.jsxs)(g,{withBorder:!0,padding:`sm`,children:[(0,N.jsxs)(n,{component:m,to:`/bookings/${e.booking.id}`,fw:600,children:[e.booking.reference,` · `,e.booking.title]}),(0,N.jsxs)(o,{size:`xs`,c:`dimmed`,children:[e.booking.agency.name,` · `,x(e.booking.startsAt,e.booking.endsAt,t)]}),(0,N.jsxs)(b,{gap:`xs`,mt:4,children:[(0,N.jsx)(D,{status:e.booking.status}),(0,N.jsx)(Z,{dueAt:e.dueAt,periods:c.workingPeriods,now:d})]})]},e.booking.id))})]})]})}function re(){let{t:e}=u(`home`),t=p(),n=s(t,`SERVICE_OFFICER`,`SERVICE_HEAD`,`EQUIPMENT_HEAD`);return(0,N.jsxs)(a,{gap:`xl`,children:[(0,N.jsx)(r,{order:1,children:e(`greeting`,{name:t.name})}),n&&(0,N.jsx)(A.Suspense,{fallback:(0,N.jsx)(f,{}),children:(0,N.jsx)(ne,{})}),s(t,`REQUESTER`)&&(0,N.jsx)(A.Suspense,{fallback:(0,N.jsx)(f,{}),children:(0,N.jsx)(H,{})}),s(t,`LEADERSHIP`)&&(0,N.jsx)(A.Suspense,{fallback:(0,N.jsx)(f,{}),children:(0,N.jsx)(R,{})}),s(t,`ADMIN`)&&(0,N.jsx)(A.Suspense,{fallback:(0,N.jsx)(f,{}),children:(0,N.jsx)(F,{})})]})}export{re as default};