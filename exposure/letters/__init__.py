"""Request letters (PIPL / GDPR), their deadlines and tracking, and hardening checklists.

compose   fill and render one letter (HTML, text, mailto)
tracking  letters from the vault: record, mark sent, follow up, complain
deadlines working days and months, each due date with its reason
law       the quoted legal texts, deadline bases and complaint channels (resources/letters/)
batch     many letters to PDF with progress and cancel
ics       deadlines as a calendar file
checklist per-person hardening checklist
"""
