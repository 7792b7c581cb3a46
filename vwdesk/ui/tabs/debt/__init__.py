"""The Schuldpreventie tab: debt-prevention checklists, payment arrangements, referrals."""
