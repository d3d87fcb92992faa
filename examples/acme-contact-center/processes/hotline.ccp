// The general hotline is outsourced to a vendor; ACME keeps one internal owner of the partnership
// (DOMAIN: outsourcing, element 3).

process hotline "General hotline" {
  owner: cc_manager
  sourcing: outsourced to "CallPro Sp. z o.o."
  internal_owner: vendor_manager
  category: hotline
  sla: respond 20s
  volume: 700/day

  step answer "Answer and identify the caller" {
    by: vendor_agent
    uses: take_call, customer_card, callback
    reads: customer
    time: 1m
    next: resolve
  }

  step resolve "Answer from the knowledge base" {
    by: vendor_agent
    uses: search_kb, open_ticket
    writes: ticket
    time: 4m
    decide {
      "answered at first contact" -> close
      "needs a specialist" -> escalate
      otherwise -> close
    }
  }

  step escalate "Hand over to ACME" {
    by: vendor_agent
    writes: ticket
    time: 1m
    next: close
  }

  step close "Close the contact" {
    by: vendor_agent
    writes: ticket
    end
  }
}
