import json
P=[
("q01","Sen. Tom Pembrick said the bill would pass next week."),
("q02","The bill will pass next week, said Sen. Arlo Pembrick."),
("q03","Arlo Pembrick said the bill would pass next week."),
("q04","The mine will reopen next year, Harlow Minerals Inc chairman Dorian Felk said."),
("q05","The mine will reopen next year, Dorian Felk told a news conference."),
("q06","Prices will fall further this year, said KK Darrowin."),
("q07","KK Darrowin said prices would fall further this year."),
("q08","Statistics Verland said on Tuesday that consumer prices rose 0.4 pct in March."),
("q09","The central bank said inflation would slow in the second half."),
("q10","The Marlovian government said it would cut taxes."),
]
with open("probes2.jsonl","w") as f:
  for i,t in P: f.write(json.dumps({"id":"probe-"+i,"title":"Probe","text":t,"language":"en","source":"probe"})+"\n")
