"""What tests share: running the CLI, reading records back, typing like a scanner or a person, reading PDFs
back, accounts, other processes on the same store, a full or damaged disk. Test modules import from
here, never from one another."""
