import{At as e,M as t,Ot as n,et as r,g as i,h as a,j as o,k as s,s as c}from"./index-BH27nMnT.js";import{a as l,n as u}from"./time-DCC4qMpP.js";var d=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`token`}],t=[{alias:null,args:null,kind:`ScalarField`,name:`kind`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`agencyName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`confirmed`,storageKey:null}],n=[{alias:null,args:[{kind:`Variable`,name:`token`,variableName:`token`}],concreteType:`RoomDisplay`,kind:`LinkedField`,name:`roomDisplayChanged`,plural:!1,selections:[{alias:null,args:null,concreteType:`DisplayRoom`,kind:`LinkedField`,name:`room`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`date`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`now`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isOpen`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`opensAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`closesAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeUntil`,storageKey:null},{alias:null,args:null,concreteType:`DisplayEntry`,kind:`LinkedField`,name:`current`,plural:!1,selections:t,storageKey:null},{alias:null,args:null,concreteType:`DisplayEntry`,kind:`LinkedField`,name:`next`,plural:!0,selections:t,storageKey:null},{alias:null,args:null,concreteType:`DisplayEntry`,kind:`LinkedField`,name:`schedule`,plural:!0,selections:t,storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`DisplayPageSubscription`,selections:n,type:`Subscription`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`DisplayPageSubscription`,selections:n},params:{cacheID:`5f12fa98d80d48badb0ed580ea1545ea`,id:`f2fed08fa9aca67783bd17f9a0f716267c65bb52daf408787a9a2a8440eb210f`,metadata:{},name:`DisplayPageSubscription`,operationKind:`subscription`,text:`subscription DisplayPageSubscription(
  $token: String!
) {
  roomDisplayChanged(token: $token) {
    room {
      code
      name
      building
      floor
      capacity
    }
    date
    now
    isOpen
    opensAt
    closesAt
    freeUntil
    current {
      kind
      title
      agencyName
      startsAt
      endsAt
      confirmed
    }
    next {
      kind
      title
      agencyName
      startsAt
      endsAt
      confirmed
    }
    schedule {
      kind
      title
      agencyName
      startsAt
      endsAt
      confirmed
    }
  }
}
`}}})();d.hash=`3237ce253fe402d8a8900a57dbd45072`;var f=(function(){var e=[{alias:null,args:null,kind:`ScalarField`,name:`kind`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`agencyName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`confirmed`,storageKey:null}];return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`DisplayPage_fields`,selections:[{alias:null,args:null,concreteType:`DisplayRoom`,kind:`LinkedField`,name:`room`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`date`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`now`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isOpen`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`opensAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`closesAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeUntil`,storageKey:null},{alias:null,args:null,concreteType:`DisplayEntry`,kind:`LinkedField`,name:`current`,plural:!1,selections:e,storageKey:null},{alias:null,args:null,concreteType:`DisplayEntry`,kind:`LinkedField`,name:`next`,plural:!0,selections:e,storageKey:null},{alias:null,args:null,concreteType:`DisplayEntry`,kind:`LinkedField`,name:`schedule`,plural:!0,selections:e,storageKey:null}],type:`RoomDisplay`,abstractKey:null}})();f.hash=`a9ff32dca4aa898cbc8a5ad335322843`;var p=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`token`}],t=[{alias:null,args:null,kind:`ScalarField`,name:`kind`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`title`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`agencyName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`startsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`endsAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`confirmed`,storageKey:null}],n=[{alias:null,args:[{kind:`Variable`,name:`token`,variableName:`token`}],concreteType:`RoomDisplay`,kind:`LinkedField`,name:`roomDisplay`,plural:!1,selections:[{alias:null,args:null,concreteType:`DisplayRoom`,kind:`LinkedField`,name:`room`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`code`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`building`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`floor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`capacity`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`date`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`now`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`isOpen`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`opensAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`closesAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`freeUntil`,storageKey:null},{alias:null,args:null,concreteType:`DisplayEntry`,kind:`LinkedField`,name:`current`,plural:!1,selections:t,storageKey:null},{alias:null,args:null,concreteType:`DisplayEntry`,kind:`LinkedField`,name:`next`,plural:!0,selections:t,storageKey:null},{alias:null,args:null,concreteType:`DisplayEntry`,kind:`LinkedField`,name:`schedule`,plural:!0,selections:t,storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`DisplayPageQuery`,selections:n,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`DisplayPageQuery`,selections:n},params:{cacheID:`851f70d8d585c9bb06655125e3944c4f`,id:`599b60d824a086ea245d55c951e61c25224abb17931bf598eac8a4889ed90fbb`,metadata:{},name:`DisplayPageQuery`,operationKind:`query`,text:`query DisplayPageQuery(
  $token: String!
) {
  roomDisplay(token: $token) {
    room {
      code
      name
      building
      floor
      capacity
    }
    date
    now
    isOpen
    opensAt
    closesAt
    freeUntil
    current {
      kind
      title
      agencyName
      startsAt
      endsAt
      confirmed
    }
    next {
      kind
      title
      agencyName
      startsAt
      endsAt
      confirmed
    }
    schedule {
      kind
      title
      agencyName
      startsAt
      endsAt
      confirmed
    }
  }
}
`}}})();p.hash=`a8b2d4cd46690fa41f0a1d6927872d28`;var m=e(n(),1),h=o(),g=t();function _(e,t){return{query:e.text,operationName:e.name,variables:t,...e.id?{extensions:{persistedQuery:{version:1,sha256Hash:e.id}}}:{}}}function v(e,t,n){let r=null,i=()=>(r||=a(async()=>{let{createClient:e}=await import(`./dist-i3JjxNFJ.js`);return{createClient:e}},[]).then(({createClient:r})=>{let{protocol:i,host:a}=window.location;return r({url:`${i===`https:`?`wss:`:`ws:`}//${a}${c}`,connectionParams:{displayToken:e,acceptLanguage:t()},retryAttempts:1/0,shouldRetry:()=>!0,retryWait:e=>new Promise(t=>setTimeout(t,Math.min(1e3*1.5**e,1e4))),keepAlive:2e4,on:{connected:()=>n(`up`),closed:()=>n(`down`)}})}),r),o=g.Network.create(async(e,n)=>await(await fetch(c,{method:`POST`,headers:{"Content-Type":`application/json`,"Accept-Language":t()},body:JSON.stringify(_(e,n))})).json(),(e,t)=>g.Observable.create(n=>{let r=null,a=!1;return i().then(i=>{if(a)return;let{query:o,...s}=_(e,t);r=i.subscribe({...s,query:o??``},{next:e=>n.next(e),error:e=>n.error(e instanceof Error?e:Error(JSON.stringify(e))),complete:()=>n.complete()})}),()=>{a=!0,r?.()}}));return{environment:new g.Environment({network:o,store:new g.Store(new g.RecordSource)}),dispose:()=>void r?.then(e=>e.dispose())}}var y=r(),b=p,x=d;function S(e){let t=e.source?.errors?.find(e=>e.extensions?.code)?.extensions?.code;if(t)return t;let n=e instanceof Error?e.message:JSON.stringify(e);for(let e of[`DISPLAY_LINK_REVOKED`,`NOT_FOUND`])if(n.includes(e))return e;return`NETWORK`}function C(){let{token:e=``}=s(),{t,i18n:n}=i(`display`),r=n.language===`en`?`en`:`id`,[a,o]=(0,m.useState)(null),[c,d]=(0,m.useState)(null),[f,p]=(0,m.useState)(`down`),{environment:g,dispose:_}=(0,m.useMemo)(()=>v(e,()=>r,p),[e,r]);if((0,m.useEffect)(()=>{let t=(0,h.fetchQuery)(g,b,{token:e}).subscribe({next:e=>{o(e.roomDisplay),d(null)},error:e=>d(S(e))}),n=(0,h.requestSubscription)(g,{subscription:x,variables:{token:e},onNext:e=>{e&&(o(e.roomDisplayChanged),d(null))},onError:e=>d(S(e))});return()=>{t.unsubscribe(),n.dispose(),_()}},[g,_,e]),(0,m.useEffect)(()=>{document.title=a?`${a.room.name} · ePesanRuangan`:`ePesanRuangan`},[a]),c===`DISPLAY_LINK_REVOKED`||c===`NOT_FOUND`)return(0,y.jsxs)(`main`,{className:`display display--closed`,children:[(0,y.jsx)(`p`,{className:`display__status`,role:`alert`,children:t(c===`NOT_FOUND`?`unknown`:`revoked`)}),(0,y.jsx)(`p`,{className:`display__sub`,children:t(`askAdmin`)})]});if(!a)return(0,y.jsx)(`main`,{className:`display`,children:(0,y.jsx)(`p`,{className:`display__sub`,role:`status`,children:t(c?`offline`:`loading`)})});let C=a.current,w=C?C.kind===`LEADERSHIP_EVENT`?`leadership`:`busy`:a.isOpen?`free`:`closed`,T=e=>e.kind===`LEADERSHIP_EVENT`?t(`leadership`):e.title??t(`tentative`,{agency:e.agencyName??``});return(0,y.jsxs)(`main`,{className:`display display--${w}`,"aria-live":`polite`,children:[(0,y.jsxs)(`header`,{className:`display__head`,children:[(0,y.jsx)(`h1`,{className:`display__room`,children:a.room.name}),(0,y.jsxs)(`p`,{className:`display__meta`,children:[a.room.code,` · `,a.room.building,`, `,t(`floor`,{floor:a.room.floor}),` ·`,` `,u(a.now,r)]})]}),(0,y.jsxs)(`section`,{className:`display__now`,"aria-label":t(`now`),children:[(0,y.jsx)(`p`,{className:`display__status`,children:t(`state.${w}`)}),C?(0,y.jsxs)(y.Fragment,{children:[C.kind===`BOOKING`&&(0,y.jsx)(`p`,{className:`display__title`,children:T(C)}),C.agencyName&&(0,y.jsx)(`p`,{className:`display__sub`,children:C.agencyName}),(0,y.jsx)(`p`,{className:`display__until`,children:t(`until`,{time:l(C.endsAt,r)})})]}):a.freeUntil?(0,y.jsx)(`p`,{className:`display__until`,children:t(`freeUntil`,{time:l(a.freeUntil,r)})}):null]}),(0,y.jsxs)(`section`,{className:`display__next`,"aria-label":t(`next`),children:[(0,y.jsx)(`h2`,{children:t(`next`)}),a.next.length===0?(0,y.jsx)(`p`,{className:`display__sub`,children:t(`nothingNext`)}):(0,y.jsx)(`ol`,{children:a.next.map(e=>(0,y.jsxs)(`li`,{children:[(0,y.jsxs)(`span`,{className:`display__time`,children:[l(e.startsAt,r),`–`,l(e.endsAt,r)]}),` `,(0,y.jsx)(`span`,{children:T(e)}),e.title&&e.agencyName?(0,y.jsxs)(`span`,{className:`display__agency`,children:[` · `,e.agencyName]}):null]},e.startsAt))})]}),(0,y.jsxs)(`footer`,{className:`display__foot`,children:[(0,y.jsxs)(`span`,{children:[t(`today`),`: `,a.schedule.length,` · `,l(a.opensAt,r),`–`,l(a.closesAt,r),` `,`WIB`]}),(0,y.jsx)(`span`,{className:`display__live display__live--${f}`,children:t(f===`up`?`live`:`reconnecting`)})]})]})}export{C as default};