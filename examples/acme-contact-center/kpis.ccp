// KPIs in four groups (DOMAIN: the role of the call center).

kpi service_level "Service level" {
  channel: phone
  target: >= 80%
  source: contact_center
  group: satisfaction
  definition: "Share of calls answered within 20 seconds."
}

kpi asa "Average speed of answer" {
  channel: phone
  target: <= 20s
  source: contact_center
  group: satisfaction
}

kpi abandonment "Abandonment rate" {
  channel: phone
  target: <= 5%
  source: contact_center
  group: satisfaction
}

kpi csat "Customer satisfaction" {
  target: >= 4.5
  source: crm
  group: satisfaction
  definition: "Average post-contact survey score, 1 to 5."
}

kpi aht "Average handling time" {
  channel: phone
  target: <= 6m
  source: contact_center
  group: efficiency
}

kpi ftr "First-time resolution" {
  target: >= 75%
  source: crm
  group: efficiency
}

kpi conversion "Sales conversion" {
  target: >= 12%
  source: crm
  group: business
}

kpi attrition "Agent attrition" {
  target: <= 20%
  source: reporting
  group: people
  definition: "People leaving per year as a share of headcount."
}
