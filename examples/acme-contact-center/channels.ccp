// Channels with volumes and targets (DOMAIN step 2), and the touchpoints that use them (step 4).

channel phone "Hotline" {
  medium: voice
  hours: "Mo-Fr 08:00-20:00; Sa 09:00-15:00"
  volume: 1200/day, 26000/month
  peak: 1.4
  intraday: 08:00 6%, 09:00 10%, 10:00 12%, 11:00 11%, 12:00 9%, 13:00 9%, 14:00 9%, 15:00 9%, 16:00 8%, 17:00 7%, 18:00 6%, 19:00 4%
  weekly: mo 24%, tu 20%, we 18%, th 18%, fr 16%, sa 4%
  seasonality: jan 90%, nov 120%, dec 140%
  aht: 6m
  service_level: 80% in 20s
  patience: 90s
  max_occupancy: 85%
  handled_by: vendor_agent, agent
}

channel email "E-mail and web form" {
  description: "Received around the clock, answered in working hours."
  medium: email
  hours: "Mo-Fr 08:00-18:00"
  volume: 400/day
  aht: 9m
  service_level: 90% in 8h
  handled_by: agent
}

channel chat "Web chat" {
  medium: chat
  hours: "Mo-Fr 08:00-20:00"
  volume: 250/day
  aht: 7m
  service_level: 80% in 30s
  max_occupancy: 80%
  handled_by: agent, sales_agent
}

channel portal "Self-service portal" {
  medium: web
  hours: "24/7"
  volume: 3000/week
}

touchpoint product_question "Question before buying" {
  channel: phone, chat
  initiated_by: customer
  stage: look
  reason: "Compare offers, ask about delivery and prices"
  volume: 300/day
  starts: sales
  personas: young_pro, business
}

touchpoint outbound_offer "Renewal offer" {
  channel: phone
  initiated_by: company
  stage: retain
  reason: "Contract ends within 60 days"
  volume: 80/day
  starts: sales
}

touchpoint complaint_call "Customer reports a complaint" {
  channel: phone, email
  initiated_by: customer
  stage: use
  reason: "A product does not work or an order is wrong"
  volume: 60/day
  starts: complaint
}

touchpoint general_call "General question on the hotline" {
  channel: phone
  initiated_by: customer
  stage: use
  reason: "Order status, delivery, invoices"
  volume: 700/day
  starts: hotline
  personas: senior, business
}

touchpoint it_problem "Employee reports an IT problem" {
  channel: portal, email
  initiated_by: customer
  stage: update
  reason: "Internal customers of the service desk"
  volume: 120/day
  starts: helpdesk
}

// Shift patterns for the phone and chat teams (ccp staffing --shifts plans the fewest agents on them).

shift early "Early" {
  start: 07:30 to 09:00
  length: 8h
  break: 30m
  days: mo-fr
}

shift late "Late" {
  start: 11:00, 12:00
  length: 8h
  break: 30m
  days: mo-fr
}

shift saturday "Saturday" {
  start: 09:00
  length: 6h
  days: sa
}

shift midday "Part-time midday" {
  start: 10:00 to 13:00
  length: 4h
  days: mo-sa
}
