// Sales and sales support on phone and chat, inbound and outbound.

process sales "Sales" {
  owner: cc_manager
  sourcing: in_house
  category: sales
  volume: 380/day

  step qualify "Understand the need" {
    by: sales_agent
    uses: take_call, live_chat, outbound_dialer, customer_card
    reads: customer
    time: 5m
    next: offer
  }

  step offer "Prepare the offer" {
    by: sales_agent
    uses: quote
    writes: offer
    time: 8m
    decide {
      "customer accepts" -> close_sale
      otherwise -> follow_up
    }
  }

  step follow_up "Follow up in three days" {
    by: sales_agent
    reads: offer
    time: 3m
    next: close_sale
  }

  step close_sale "Record the sale" {
    by: sales_agent
    writes: offer, customer
    time: 4m
    end
  }
}
