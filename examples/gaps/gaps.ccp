// project-without-sponsor
project gaps "A design full of gaps" {
  vision: "Show every finding ccp knows."
}

// reporting-cycle: a reports to b, b reports to a
role lead_a {
  reports_to: lead_b
  headcount: 2
}

role lead_b {
  reports_to: lead_a
  headcount: 2
}

// single-person-role-without-backup
role lonely "The only expert" {
  headcount: 1
  access: crm read
}

role agent {
  headcount: 10
  access: crm read
}

// duplicate-id: 'agent' is declared twice
role agent {
  headcount: 3
}

system crm "CRM" {
  kind: crm
}

// personal-data-without-basis
data customer "Customer" {
  in: crm
  personal: true
}

data contract "Contract" {
  in: archive_system
} // undefined-reference: no such system

// channel-without-hours and channel-without-volume
channel phone "Phone" {
  aht: 5m
}

// touchpoint-without-process and touchpoint-without-channel
touchpoint lost_call "A call nobody handles" {
  initiated_by: customer
}

// kpi-without-target
kpi asa "Average speed of answer" {
  channel: phone
}

// function-without-priority and unused-function
function fancy_report "Fancy report" {
  system: reporting
}

// function-not-permitted: only lonely may use it
function restricted "Restricted function" {
  priority: must
  roles: lonely
}

// empty-process and process-not-started
process nothing "A process without steps" {
  owner: agent
}

// complaints-without-owner, outsourced-without-internal-owner
process complaints "Complaints" {
  sourcing: outsourced to "Some vendor"
  category: complaints

  // unowned-step
  step start "Take the complaint" {
    next: check
  }

  // missing-data-access: agent has no grant on customer or crm write
  step check "Check the customer" {
    by: agent
    uses: restricted // function-not-permitted
    writes: customer
    decide { // decision-without-otherwise
      "small claim" -> accept
    }
  }

  step accept "Accept" {
    by: agent
    next: archive // next-crosses-process: 'archive' is a step of process 'other'
  }

  // unreachable-step and dead-end-step
  step orphan "Nobody comes here" {
    by: agent
  }
}

process other "Another process" {
  owner: lonely
  step archive "Archive" {
    by: lonely
    end
  }
}

touchpoint complaint_in "Complaint comes in" {
  channel: phone
  starts: complaints
}

touchpoint other_in "Other" {
  channel: phone
  starts: other
  // satisfaction-out-of-range: scores run from 1 to 5
  satisfaction: 7
}

// review-costs-more-than-value: 30 minutes of a 90 PLN/h expert to decide a 20 PLN claim
role expert "Claims expert" {
  headcount: 2
  rate: 90 PLN/h
  access: crm read // grant-contradicts-deny: the policy below forbids it
  deny: crm
}

process small_claims "Small claims" {
  owner: expert
  step review "Review the claim" {
    by: expert
    time: 30m
    value: 20 PLN
    decide { // shares-do-not-add-up: 60% and 30% leave 10% of the cases out
      "claim justified" 60% -> pay
      otherwise 30% -> pay
    }
  }
  step pay "Pay the claim" {
    by: expert
    end
  }
}

// unreadable-hours: what happens in the hours is not hours; profile-does-not-add-up: the week adds up to 160%
channel chat "Chat" {
  hours: "24/7, answered Mo-Fr 08:00-18:00"
  volume: 400/week
  weekly: mo 40%, tu 40%, we 40%, th 40%
}
