"""Writes test/fixtures/growth/who-differential.json: z-scores of seeded random measurements
computed straight from WHO's LMS text files (not from the bundled tables) by an implementation
of WHO's anthro / anthroplus method written separately from src/growth/, for a differential test.
Not run by the build or the tests.

    python3 bench/who-growth-differential.py <folder with WHO's growthstandards .txt files>
"""
import csv, json, random, math, sys, os
D=os.path.join(sys.argv[1], '')
def load(f):
    t={}
    with open(D+f) as fh:
        r=csv.reader(fh, delimiter='\t'); h=next(r)
        for row in r:
            t[(int(row[0]), round(float(row[1]),1))]=(float(row[2]),float(row[3]),float(row[4]))
    return t
T={k:load(k+'.txt') for k in ['weianthro','lenanthro','wflanthro','wfhanthro','bmianthro','hcanthro','wfawho2007','hfawho2007','bfawho2007']}
def z(y,l,m,s): return ((y/m)**l-1)/(s*l)
def sd(l,m,s,k): return m*(1+l*s*k)**(1/l)
def zr(y,l,m,s):
    zz=z(y,l,m,s)
    if zz>3: return 3+(y-sd(l,m,s,3))/(sd(l,m,s,3)-sd(l,m,s,2))
    if zz<-3: return -3+(y-sd(l,m,s,-3))/(sd(l,m,s,-2)-sd(l,m,s,-3))
    return zz
def r2(x): return round(x+0.0,2)  # python banker's at exact halves only
def interp(t,sex,lo,hi,f):
    a=t[(sex,lo)]; 
    if f<=0: return a
    b=t[(sex,hi)]; return tuple(a[i]+f*(b[i]-a[i]) for i in range(3))
random.seed(7)
cases=[]
for i in range(600):
    sex=random.choice([1,2]); days=random.randint(0,2557)
    w=round(random.uniform(2,35),1); h=round(random.uniform(45,140),1); hc=round(random.uniform(30,55),1)
    pos=random.choice(['lying','standing',None])
    months=days/30.4375
    exp={}
    lengthBased = days<731
    hh=h
    if pos=='standing' and months<9: pos2=None
    else: pos2=pos
    if lengthBased and pos2=='standing': hh=h+0.7
    if (not lengthBased) and pos2=='lying': hh=h-0.7
    bmi=w/((hh/100)**2)
    if months<60:
        exp['wfa']=r2(zr(w,*T['weianthro'][(sex,days)]))
        exp['lhfa']=r2(z(hh,*T['lenanthro'][(sex,days)]))
        exp['bmifa']=r2(zr(bmi,*T['bmianthro'][(sex,days)]))
        exp['hcfa']=r2(z(hc,*T['hcanthro'][(sex,days)]))
        tab='wflanthro' if lengthBased else 'wfhanthro'
        lo_ok,hi_ok=(45,110) if lengthBased else (65,120)
        if lo_ok<=hh<=hi_ok:
            lo=math.trunc(round(hh*10,6))/10; f=(hh-lo)/0.1
            hi=round(lo+0.1,1)
            if f<1e-9: f=0
            exp['wflh']=r2(zr(w,*interp(T[tab],sex,round(lo,1),hi,f)))
    elif 61<=months<=228:
        lo=math.trunc(months); f=months-lo
        if months<=120: exp['wfa']=r2(zr(w,*interp(T['wfawho2007'],sex,lo,lo+1,f)))
        exp['lhfa']=r2(z(hh,*interp(T['hfawho2007'],sex,lo,lo+1,f)))
        exp['bmifa']=r2(zr(bmi,*interp(T['bfawho2007'],sex,lo,lo+1,f)))
    cases.append({'sex':'male' if sex==1 else 'female','days':days,'w':w,'h':h,'hc':hc,'pos':pos,'exp':exp})
with open('test/fixtures/growth/who-differential.json','w') as out:
    json.dump({'birthDate': '2010-01-01', 'cases': cases}, out, separators=(',', ':'))
    out.write('\n')
print(len(cases))
