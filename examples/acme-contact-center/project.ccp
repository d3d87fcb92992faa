// ACME's customer contact center: one entry point for every customer question.
import "organisation.ccp"
import "systems.ccp"
import "channels.ccp"
import "functions.ccp"
import "kpis.ccp"
import "processes/complaints.ccp"
import "processes/hotline.ccp"
import "processes/sales.ccp"
import "processes/helpdesk.ccp"

project acme "ACME Contact Center" {
  vision: "One entry point for every customer question, answered in one contact."
  sponsor: cx_director
  goals: "Answer 80% of calls within 20 seconds", "Resolve 75% of contacts at first contact", "Cut cost per contact by 15%"
  output_language: en
  version: "1.0"
  center: cost
  shrinkage: holidays 10%, sickness 5%, training 4%, meetings 3%
  hours_per_week: 40
  constraints: "GDPR", "Consumer Rights Act", "Information security policy ISP-7"
}

// The customer journey, in order.
stage look "Look for information" {
  description: "The customer compares offers and asks questions before buying."
}

stage buy "Buy" {}

stage use "Use" {}

stage update "Update and renew" {}

stage retain "Be tempted by competitors" {}

persona young_pro "Young professional" {
  segment: "25-35, mobile first, expects answers within minutes"
  channels: chat, email
  share: 35%
}

persona senior "Senior customer" {
  segment: "65+, prefers a human voice, values patience"
  channels: phone
  share: 20%
}

persona business "Small business owner" {
  segment: "Buys for a company, needs invoices and a named contact"
  channels: phone, email
  share: 45%
}

scenario email_shift "Customers move from phone to email" {
  description: "The lesson of step 10: a center planned for 80% phone went live when customers had flipped to email."
  move: 60% phone -> email
  aht: email 8m
}

scenario black_friday "Black Friday peak" {
  volume: phone +40%, chat +80%
}
