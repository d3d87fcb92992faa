// Shift patterns for the phone and chat teams (ccp staffing --shifts plans the fewest agents on them).

shift early "Early" {
  start: 07:30 to 09:00
  length: 8h
  break: 30m
  days: mo-fr
}

shift late "Late" {
  start: 11:00, 12:00
  length: 8h
  break: 30m
  days: mo-fr
}

shift saturday "Saturday" {
  start: 09:00
  length: 6h
  days: sa
}

shift midday "Part-time midday" {
  start: 10:00 to 13:00
  length: 4h
  days: mo-sa
}
