// Systems and the data they hold (DOMAIN steps 6 and 8).

system contact_center "Contact center platform" {
  kind: contact_center
  hosting: saas
  status: planned
}

system crm "CRM" {
  kind: crm
  hosting: saas
  status: existing
  vendor: "Salesforce"
}

system erp "ERP" {
  kind: erp
  hosting: on_prem
  status: existing
}

system kb "Knowledge base" {
  kind: kb
  hosting: saas
  status: planned
}

system wfm "Workforce management" {
  kind: wfm
  hosting: saas
  status: planned
}

system reporting "Reporting" {
  kind: reporting
  hosting: cloud
  status: planned
}

system ticketing "Service desk" {
  kind: ticketing
  hosting: saas
  status: existing
}

data customer "Customer profile" {
  in: crm
  table: "Account, Contact"
  personal: true
  basis: contract
  retention: "6 years after the contract ends"
}

data ticket "Ticket" {
  description: "Who, when and through which channel; status, assignee, expectation, history, documents and consents."
  in: crm
  table: "Case"
  personal: true
  basis: contract
  retention: "3 years"
}

data order "Order" {
  in: erp
  table: "SALES_ORDER"
}

data order_summary "Order summary" {
  description: "Order number, status and delivery date, copied from the ERP to the CRM by the integration."
  in: crm
  table: "OrderSummary__c"
}

data refund "Refund" {
  in: erp
  table: "REFUND"
}

data offer "Offer" {
  in: crm
  table: "Opportunity"
}

data recording "Call recording" {
  in: contact_center
  personal: true
  basis: legitimate_interest
  retention: "90 days"
}
