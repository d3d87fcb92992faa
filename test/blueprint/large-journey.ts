/**
 * A generated journey for size tests: `stages` stages and `touchpoints` touchpoints spread over them, each starting
 * a process of four steps (two at the counter, a decision and a back-office step), with systems, functions,
 * satisfaction scores, pain points and Polish names of realistic length.
 */
export function largeJourneySource(stages = 6, touchpoints = 20): string {
  const out: string[] = ['project p "Operator komórkowy" { output_language: pl }'];
  const stageNames = ['Poszukiwanie oferty', 'Zakup i przeniesienie numeru', 'Aktywacja usług', 'Korzystanie z usług', 'Rozliczenia i płatności', 'Przedłużenie umowy'];
  for (let s = 0; s < stages; s++) out.push(`stage s${s} "${stageNames[s % stageNames.length]}" { }`);
  out.push('persona klient "Klient indywidualny" { }');
  out.push('role doradca "Doradca klienta" { }', 'role specjalista "Specjalista back office" { }');
  out.push('channel salon "Salon sprzedaży" { medium: visit  handled_by: doradca }', 'channel infolinia "Infolinia" { medium: voice  handled_by: doradca }');
  out.push('system crm "CRM" { kind: crm }', 'system billing "System billingowy" { kind: billing }');
  out.push('function karta "Karta klienta w jednym oknie" { system: crm  priority: must }', 'function faktura "Wystawienie korekty faktury" { area: billing  priority: must }');
  for (let t = 0; t < touchpoints; t++) {
    const stage = Math.floor((t * stages) / touchpoints);
    const score = (t % 5) + 1;
    const pain = t % 3 === 0 ? `  pain: "Czeka na odpowiedź dłużej niż obiecano (${t})"` : '';
    out.push(`touchpoint t${t} "Sprawa klienta numer ${t}: zmiana warunków umowy" { channel: ${t % 2 ? 'salon' : 'infolinia'}  initiated_by: ${t % 4 ? 'customer' : 'company'}  stage: s${stage}  starts: p${t}  satisfaction: ${score}${t % 7 === 0 ? '  moment_of_truth: true' : ''}\n${pain}\n}`);
    out.push(`process p${t} "Obsługa sprawy ${t}" {
  step a "Przyjęcie zgłoszenia od klienta" { by: doradca  uses: karta  next: b }
  step b "Weryfikacja uprawnień klienta" { by: specjalista  decide { "uprawniony" -> c  otherwise -> d } }
  step c "Wystawienie korekty" { by: specjalista  uses: faktura  next: d }
  step d "Poinformowanie klienta o decyzji" { by: doradca  end }
}`);
  }
  return out.join('\n') + '\n';
}
