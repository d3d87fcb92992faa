// Complaints: when handling a claim costs more than the claim is worth, accept it without review
// (DOMAIN: a good CX department). "Fat" cases take the standard path with the complaints manager.

process complaint "Complaint handling" {
  owner: complaints_lead
  sourcing: in_house
  category: complaints
  sla: respond 1d, resolve 14d
  volume: 60/day

  step register "Register the complaint" {
    by: agent
    uses: take_call, route_email, customer_card, open_ticket
    reads: customer, order_summary
    writes: ticket
    time: 6m
    next: assess
  }

  step assess "Assess the claim's value" {
    by: agent
    uses: search_kb
    reads: ticket
    time: 3m
    value: 40 PLN
    decide {
      "claim value below the cost of handling it" -> accept
      otherwise -> investigate
    }
  }

  step accept "Accept without review" {
    by: agent
    writes: ticket
    time: 2m
    next: respond
  }

  step investigate "Investigate the claim" {
    by: complaints_lead
    uses: customer_card
    reads: order, ticket
    writes: ticket
    time: 45m
    decide {
      "claim justified" -> refund
      otherwise -> respond
    }
  }

  step refund "Refund the customer" {
    by: complaints_lead
    uses: refund_order
    writes: refund
    time: 10m
    next: respond
  }

  step respond "Tell the customer the outcome" {
    by: agent
    uses: send_email
    writes: ticket
    time: 5m
    end
  }
}
