// Functions: what vendors must deliver, must-have or nice-to-have (DOMAIN step 6).

function take_call "Take an inbound call" {
  priority: must
  system: contact_center
  roles: agent, vendor_agent, sales_agent, supervisor
  description: "Queue, route by skill and answer inbound calls, with the caller identified from the CRM."
  acceptance: "The agent sees the customer's card when the call rings", "Routing by skill and language"
}

function route_email "Route e-mail and web forms" {
  priority: must
  system: contact_center
  roles: agent
  description: "E-mails and web forms land in one queue and are routed to free agents."
}

function open_ticket "Register a ticket" {
  priority: must
  system: crm
  roles: agent, vendor_agent, senior_agent, it_specialist, supervisor
  records: ticket
  description: "Ticket with channel, requester, status, assignee, history, attachments and consents."
  acceptance: "One ticket across channels", "Documents and recordings attached to the ticket"
}

function customer_card "Customer card in one window" {
  priority: must
  system: crm
  roles: agent, vendor_agent, senior_agent, sales_agent, complaints_lead, supervisor
  records: customer
  description: "Customer data, contact history and orders in one window (order data through the ERP integration)."
}

function search_kb "Search the knowledge base" {
  priority: must
  system: kb
  roles: agent, vendor_agent, senior_agent, it_specialist
  description: "Full-text search of approved answers, with versioning."
}

function send_email "Send an e-mail from a template" {
  priority: must
  system: crm
  roles: agent, senior_agent, complaints_lead, it_specialist
  description: "Templates with placeholders, sent and archived in the ticket."
}

function refund_order "Order a refund" {
  priority: must
  system: erp
  roles: complaints_lead
  records: refund
  description: "Start a refund in the ERP from the complaint ticket."
}

function live_chat "Web chat" {
  priority: nice
  system: contact_center
  roles: agent, sales_agent
  description: "Chat on the website with a queue, canned answers and transfer to another agent."
}

function callback "Call-back request" {
  priority: nice
  system: contact_center
  roles: agent, vendor_agent
  description: "The caller leaves the queue and is called back when an agent is free."
}

function outbound_dialer "Outbound campaigns" {
  priority: nice
  system: contact_center
  roles: sales_agent
  description: "Preview and progressive dialling of campaign lists with call outcomes."
}

function quote "Prepare an offer" {
  priority: must
  system: crm
  roles: sales_agent
  records: offer
  description: "Offer from the product catalogue, sent by e-mail and tracked to a sale."
}

function sla_clock "SLA clock on tickets" {
  priority: must
  system: ticketing
  roles: it_specialist, supervisor
  description: "Reaction and resolution deadlines per request type, with escalation before a breach."
}

function self_service "Self-service ticket status" {
  priority: nice
  system: ticketing
  description: "Requesters see their ticket and its history in the portal."
  roles: it_specialist
}

// Non-functional requirements (DOMAIN: outsourcing, element 5)
function call_recording "Call recording available after the call" {
  priority: must
  system: contact_center
  category: reporting
  records: recording
  description: "Recordings are available to ACME within 15 minutes of the call, with live listening."
}

function two_carriers "Two telecom operators" {
  priority: must
  category: continuity
  system: contact_center
  description: "Inbound numbers are served by at least two telecom operators with automatic failover."
}

function backups "Backups and restore tests" {
  priority: must
  category: continuity
  system: crm
  description: "Daily backups kept 30 days; a restore test every quarter."
}

function gdpr_procedures "GDPR procedures" {
  priority: must
  category: gdpr
  system: crm
  description: "Data-subject requests, consents and retention are handled and logged."
}

function access_control "Role-based access control" {
  priority: must
  category: security
  system: crm
  description: "Access to data by role; ERP data only through the integration."
}

function efficiency_reports "Efficiency reports" {
  priority: must
  category: reporting
  system: reporting
  description: "Daily reports of service level, AHT, abandonment and FTR per queue and per vendor."
}
