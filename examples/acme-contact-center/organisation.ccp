// Roles, reporting lines and access grants (DOMAIN step 9).

role cx_director "Customer Experience Director" {
  description: "Board-level sponsor of the contact center."
  headcount: 1
  backup: cc_manager
  rate: 180 PLN/h
}

role cc_manager "Contact Center Manager" {
  reports_to: cx_director
  span: 4
  headcount: 1
  backup: supervisor
  access: crm read, reporting read write, wfm read write
  rate: 120 PLN/h
}

role supervisor "Team Leader" {
  reports_to: cc_manager
  span: 12
  headcount: 3
  backup: senior_agent
  competencies: "coaching", "call-quality scoring", "consumer law"
  access: crm read write, contact_center read write, kb read write, ticket read write, customer read write
  rate: 75 PLN/h
}

role senior_agent "Senior Consultant" {
  reports_to: supervisor
  headcount: 4
  access: crm read write, kb read write, ticket read write, customer read write, order read
  competencies: "consumer law", "complaints handling"
  rate: 60 PLN/h
}

role agent "Consultant" {
  reports_to: supervisor
  headcount: 28
  backup: senior_agent
  competencies: "consumer law", "CRM", "written Polish and English"
  // Agents have no access to the ERP by security policy: order data comes through the CRM integration.
  access: crm read write, contact_center read write, kb read, ticket read write, customer read write, order_summary read
  rate: 45 PLN/h
}

role complaints_lead "Complaints Manager" {
  reports_to: cc_manager
  headcount: 2
  competencies: "consumer law", "negotiation"
  access: crm read write, erp read, ticket read write, customer read, order read, refund write
  rate: 90 PLN/h
}

role sales_agent "Sales Consultant" {
  reports_to: supervisor
  headcount: 8
  competencies: "product catalogue", "needs analysis"
  access: crm read write, contact_center read write, customer read write, offer read write
  rate: 50 PLN/h
}

role it_specialist "Service Desk Specialist" {
  reports_to: cc_manager
  headcount: 5
  competencies: "ITIL", "network basics"
  access: ticketing read write, ticket read write, kb read write, customer read
  rate: 70 PLN/h
}

role vendor_manager "Outsourcing Partner Manager" {
  description: "The one internal person responsible for the hotline partnership: reports, recordings, training, daily liaison."
  reports_to: cc_manager
  headcount: 1
  backup: cc_manager
  access: reporting read, contact_center read
  rate: 85 PLN/h
}

role vendor_agent "Hotline Agent (CallPro)" {
  external: true
  headcount: 15
  access: contact_center read write, kb read, ticket read write, customer read
}
