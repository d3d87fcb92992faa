// Service desk for internal customers: tickets with reaction and resolution deadlines.

process helpdesk "IT service desk" {
  owner: cc_manager
  sourcing: in_house
  category: helpdesk
  sla: respond 4h, resolve 3d
  volume: 120/day

  step log "Log the request" {
    by: it_specialist
    uses: open_ticket, self_service, sla_clock
    writes: ticket
    time: 3m
    next: diagnose
  }

  step diagnose "Diagnose" {
    by: it_specialist
    uses: search_kb
    reads: ticket, customer
    time: 15m
    decide {
      "known error with a documented fix" -> fix
      otherwise -> escalate_vendor
    }
  }

  step escalate_vendor "Escalate to the system's vendor" {
    by: it_specialist
    writes: ticket
    time: 5m
    next: fix
  }

  step fix "Fix and confirm with the requester" {
    by: it_specialist
    uses: send_email
    writes: ticket
    time: 20m
    end
  }
}
